# Build the CaseBridge Windows installer on a Windows machine (docs/installers.md, step by step).
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1 [-Stage all|payload|installer]
#
# payload:   a virtual environment in build\venv-windows with the app and the pinned freezer
#            (pyproject.toml, extra "installer"), the PyInstaller one-folder build in
#            dist\casebridge (casebridge.exe, windowed, and casebridge-cli.exe, its console
#            twin for CLI commands), the windowed app's --self-test (the bundled sample images
#            and report open) and a CLI command through casebridge-cli.exe.
# installer: makensis compiles installer\windows\casebridge.nsi over dist\casebridge into
#            dist\casebridge-VERSION-windows-x64-setup.exe.
# all:       both (the default).
# Code signing is the publisher's: they sign dist\casebridge\casebridge.exe and
# casebridge-cli.exe between the two stages, and pass -SignCommand for the uninstaller and the
# setup .exe (docs/installers.md).
param(
    [ValidateSet("all", "payload", "installer")]
    [string]$Stage = "all",
    [string]$Python = "py -3.11",
    [string]$Makensis = "",
    # A command the publisher provides that signs the file it is given (docs/installers.md):
    # makensis runs it on the uninstaller and on the finished installer.
    [string]$SignCommand = ""
)
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Invoke-Checked([string]$What, [scriptblock]$Block) {
    Write-Host "== $What"
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit $LASTEXITCODE)" }
}

$Venv = Join-Path $Root "build\venv-windows"
$VenvPython = Join-Path $Venv "Scripts\python.exe"
$Version = (Select-String -Path pyproject.toml -Pattern '^version = "(.+)"').Matches[0].Groups[1].Value

if ($Stage -in @("all", "payload")) {
    if (-not (Test-Path $VenvPython)) {
        Invoke-Checked "virtual environment (build\venv-windows)" { Invoke-Expression "$Python -m venv `"$Venv`"" }
    }
    Invoke-Checked "pip upgrade" { & $VenvPython -m pip install --quiet --upgrade pip }
    Invoke-Checked "pip install the app and the freezer" {
        & $VenvPython -m pip install --quiet ".[installer]"
    }
    Invoke-Checked "PyInstaller one-folder build" {
        & $VenvPython -m PyInstaller --noconfirm --clean --log-level WARN `
            --distpath dist --workpath build\pyinstaller installer\casebridge.spec
    }
    foreach ($Program in @("casebridge.exe", "casebridge-cli.exe")) {
        if (-not (Test-Path "dist\casebridge\$Program")) { throw "dist\casebridge\$Program was not built" }
    }
    # casebridge.exe is a windowed program: its exit code is the result (it prints nowhere).
    $Scratch = Join-Path ([System.IO.Path]::GetTempPath()) ("casebridge-selftest-" + [guid]::NewGuid())
    $env:CASEBRIDGE_PASSPHRASE = "windows build self-test"
    try {
        Write-Host "== self-test of the frozen app"
        $Run = Start-Process -FilePath "dist\casebridge\casebridge.exe" -Wait -PassThru `
            -ArgumentList @("--data-dir", "`"$Scratch\data`"", "--self-test")
        if ($Run.ExitCode -ne 0) { throw "the frozen app's --self-test failed (exit $($Run.ExitCode))" }
        # casebridge-cli.exe is the console program: what it prints reaches this script, and so
        # does its exit code (--version, and a case list of an empty data folder).
        Write-Host "== CLI commands through casebridge-cli.exe"
        $Cli = Join-Path $Root "dist\casebridge\casebridge-cli.exe"
        $Printed = & $Cli --version
        if ($LASTEXITCODE -ne 0 -or "$Printed" -ne "casebridge $Version") {
            throw "casebridge-cli.exe --version printed '$Printed' (exit $LASTEXITCODE)"
        }
        $Printed = & $Cli --data-dir "$Scratch\cli-data" --json case list
        if ($LASTEXITCODE -ne 0 -or "$Printed" -ne "[]") {
            throw "casebridge-cli.exe --json case list printed '$Printed' (exit $LASTEXITCODE)"
        }
    } finally {
        Remove-Item Env:\CASEBRIDGE_PASSPHRASE
        if (Test-Path $Scratch) { Remove-Item -Recurse -Force $Scratch }
    }
    $Size = (Get-ChildItem -Recurse dist\casebridge | Measure-Object -Sum Length).Sum
    Write-Host ("folder  dist\casebridge  {0:N0} MB" -f ($Size / 1MB))
}

if ($Stage -in @("all", "installer")) {
    if (-not $Makensis) {
        $Found = Get-Command makensis.exe -ErrorAction SilentlyContinue
        if ($Found) { $Makensis = $Found.Source }
        else { $Makensis = Join-Path ${env:ProgramFiles(x86)} "NSIS\makensis.exe" }
    }
    if (-not (Test-Path $Makensis)) { throw "makensis.exe not found: install NSIS 3 or pass -Makensis PATH" }
    $Setup = Join-Path $Root "dist\casebridge-$Version-windows-x64-setup.exe"
    $Defines = @("/DVERSION=$Version", "/DPAYLOAD=$Root\dist\casebridge", "/DOUTFILE=$Setup",
        "/DICON=$Root\resources\icons\casebridge.ico")
    if ($SignCommand) { $Defines += "/DSIGN=$SignCommand" }
    Invoke-Checked "makensis" { & $Makensis /V2 /WX @Defines installer\windows\casebridge.nsi }
    Write-Host ("setup   {0}  {1:N0} MB" -f $Setup, ((Get-Item $Setup).Length / 1MB))
    if (-not $SignCommand) { Write-Host "Not signed: sign it before publishing (docs/installers.md, Signing)." }
}
