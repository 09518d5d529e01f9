; CaseBridge for Windows: a per-user installer (no administrator rights needed).
;
; Installs the PyInstaller one-folder build into %LOCALAPPDATA%\Programs\CaseBridge: the
; windowed casebridge.exe, which the shortcuts and the file type start, and casebridge-cli.exe,
; the same program as a console program for CLI commands and scripts (a windowed program has
; no standard output on Windows). Adds a Start-menu and a desktop shortcut, registers .cbundle
; files (a case bundle carried on a USB stick) to open with CaseBridge, puts the install folder
; on the user's own PATH, and an uninstaller listed in "Apps & features". Every registry entry
; is under HKCU. The uninstaller keeps the data folder (%LOCALAPPDATA%\CaseBridge:
; the cases and settings) unless the user ticks the box to remove it too.
;
; Compiled by installer/windows/build.ps1 (the real payload, on Windows) and
; installer/windows/build-stub.sh (a stub payload, with Debian's makensis, in CI):
;   makensis -DVERSION=0.1.0 -DPAYLOAD=<folder of casebridge.exe and casebridge-cli.exe>
;            -DOUTFILE=<setup.exe>
;            -DICON=<casebridge.ico> [-DSIGN=<signing command>] casebridge.nsi

Unicode true
SetCompressor /SOLID lzma
; The two executables each carry the same Python archive (about 11 MB, installer/casebridge.spec)
; and are packed one after the other (Section "-Program"): a dictionary larger than one of them
; lets the second be stored as a reference to the first instead of a second copy. The default
; is 8 MB; unpacking needs about as much memory as the dictionary.
SetCompressorDictSize 32

; Signing is the publisher's step (docs/installers.md): -DSIGN="<command>" runs the command with
; the path of the finished installer, and of the uninstaller before it is packed in.
!ifdef SIGN
  !finalize '${SIGN} "%1"' = 0
  !uninstfinalize '${SIGN} "%1"' = 0
!endif

!ifndef VERSION
  !error "Pass -DVERSION=x.y.z"
!endif
!ifndef PAYLOAD
  !define PAYLOAD "..\..\dist\casebridge"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\casebridge-${VERSION}-windows-x64-setup.exe"
!endif
!ifndef ICON
  !define ICON "..\..\resources\icons\casebridge.ico"
!endif

!define APP "CaseBridge"
!define EXE "casebridge.exe"
; The console twin of casebridge.exe, for CLI commands and scripts
!define CLI_EXE "casebridge-cli.exe"
; Named after the app because the install folder is on the user's PATH: a bare "uninstall"
; typed in a Command Prompt must not find it.
!define UNINSTALLER "uninstall-casebridge.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define APP_KEY "Software\${APP}"
; platformdirs' user data folder for the app (local_store.config.data_dir)
!define DATA_DIR "$LOCALAPPDATA\${APP}"
; The USB bundle file type and its ProgID
!define BUNDLE_EXT ".cbundle"
!define BUNDLE_PROGID "CaseBridge.Bundle"
; The user's own environment (not the machine's): its Path is added to every program's PATH
!define ENV_KEY "Environment"

Name "${APP}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "Apache-2.0"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "WordFunc.nsh"
!include "WinMessages.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_UNCOMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Hindi"

LangString BundleType ${LANG_ENGLISH} "CaseBridge case bundle"
LangString BundleType ${LANG_HINDI} "CaseBridge केस बंडल"
LangString UnProgram ${LANG_ENGLISH} "CaseBridge program"
LangString UnProgram ${LANG_HINDI} "CaseBridge प्रोग्राम"
LangString UnData ${LANG_ENGLISH} "Also delete all cases and settings on this computer (data folder)"
LangString UnData ${LANG_HINDI} "इस कंप्यूटर के सभी केस और सेटिंग्स (डेटा फ़ोल्डर) भी मिटाएँ"
LangString UnDataKept ${LANG_ENGLISH} "Your cases and settings were kept in ${DATA_DIR}."
LangString UnDataKept ${LANG_HINDI} "आपके केस और सेटिंग्स ${DATA_DIR} में रखे गए हैं।"

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

; The install folder on the user's PATH, so that `casebridge-cli` runs by name in a new Command
; Prompt or PowerShell window. NSIS holds at most NSIS_MAX_STRLEN characters in a string (1024
; in the usual builds) and reads a longer value as an error: such a PATH is never rewritten,
; since writing back what was read would cut it short (docs/installers.md says how to add the
; folder by hand then).
; The longest value known to be whole: one character less than the buffer
!define /math LONGEST_USER_PATH ${NSIS_MAX_STRLEN} - 1
!macro USER_PATH_READER UN
  ; $R0 = the user's Path as stored (unexpanded); $R1 = "ok", "none" (the user has no Path of
  ; their own yet) or "skip" (there is one, but too long to hold or not text: left alone).
  Function ${UN}ReadUserPath
    StrCpy $R1 "ok"
    ClearErrors
    ReadRegStr $R0 HKCU "${ENV_KEY}" "Path"
    ${If} ${Errors}
      ; Missing, or unreadable: only a missing value may be written afresh.
      StrCpy $R1 "none"
      StrCpy $R2 0
      ${Do}
        ClearErrors
        EnumRegValue $R3 HKCU "${ENV_KEY}" $R2
        ${If} ${Errors}
        ${OrIf} $R3 == ""
          ${Break}
        ${EndIf}
        ${If} $R3 == "Path"
          StrCpy $R1 "skip"
          ${Break}
        ${EndIf}
        IntOp $R2 $R2 + 1
      ${Loop}
    ${Else}
      ; A value exactly as long as the buffer may have been cut short.
      StrLen $R2 $R0
      ${If} $R2 >= ${LONGEST_USER_PATH}
        StrCpy $R1 "skip"
      ${EndIf}
    ${EndIf}
  FunctionEnd
!macroend
!insertmacro USER_PATH_READER ""
!insertmacro USER_PATH_READER "un."

Function AddToUserPath
  Call ReadUserPath
  ${If} $R1 == "none"
    StrCpy $R0 "$INSTDIR"
  ${ElseIf} $R1 == "ok"
    ; Room for a separator and the folder
    StrLen $R2 $R0
    StrLen $R3 "$INSTDIR"
    IntOp $R2 $R2 + $R3
    IntOp $R2 $R2 + 1
    ${If} $R2 >= ${LONGEST_USER_PATH}
      Return
    ${EndIf}
    ; Added only if not there already (compared without regard to case)
    ${WordAdd} "$R0" ";" "+$INSTDIR" $R0
  ${Else}
    Return
  ${EndIf}
  WriteRegExpandStr HKCU "${ENV_KEY}" "Path" "$R0"
  ; Explorer passes the new PATH to windows opened from now on.
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:${ENV_KEY}" /TIMEOUT=5000
FunctionEnd

Function un.RemoveFromUserPath
  Call un.ReadUserPath
  ${If} $R1 != "ok"
    Return
  ${EndIf}
  ${WordAdd} "$R0" ";" "-$INSTDIR" $R2
  ${If} $R2 == $R0
    Return
  ${EndIf}
  ${If} $R2 == ""
    ; The Path held only this folder: the installer made it.
    DeleteRegValue HKCU "${ENV_KEY}" "Path"
  ${Else}
    WriteRegExpandStr HKCU "${ENV_KEY}" "Path" "$R2"
  ${EndIf}
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:${ENV_KEY}" /TIMEOUT=5000
FunctionEnd

Section "-Program"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An update replaces the program folder; the data folder is elsewhere and untouched.
  RMDir /r "$INSTDIR\_internal"
  ; The two executables first and together (SetCompressorDictSize above), then the rest.
  File "${PAYLOAD}\${EXE}"
  File "${PAYLOAD}\${CLI_EXE}"
  File /r /x "${EXE}" /x "${CLI_EXE}" "${PAYLOAD}\*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"
  Call AddToUserPath

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  CreateShortCut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  ; Double-clicking a bundle on a USB stick opens it with CaseBridge.
  WriteRegStr HKCU "Software\Classes\${BUNDLE_EXT}" "" "${BUNDLE_PROGID}"
  WriteRegStr HKCU "Software\Classes\${BUNDLE_PROGID}" "" "$(BundleType)"
  WriteRegStr HKCU "Software\Classes\${BUNDLE_PROGID}\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "Software\Classes\${BUNDLE_PROGID}\shell\open\command" "" \
    '"$INSTDIR\${EXE}" "%1"'
  ; SHCNE_ASSOCCHANGED: Explorer shows the new icon and verb without a restart.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "un.!$(UnProgram)"
  SectionIn RO
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"

  ; Only what this installer put there: the folder may have been chosen by hand.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  Call un.RemoveFromUserPath

  ; The file type only if it still opens with CaseBridge.
  ReadRegStr $0 HKCU "Software\Classes\${BUNDLE_EXT}" ""
  StrCmp $0 "${BUNDLE_PROGID}" 0 +2
    DeleteRegKey HKCU "Software\Classes\${BUNDLE_EXT}"
  DeleteRegKey HKCU "Software\Classes\${BUNDLE_PROGID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegValue HKCU "${APP_KEY}" "InstallDir"
SectionEnd

; Unticked unless the user ticks it: the cases are the clinic's work.
Section /o "un.$(UnData)" UnSectionData
  RMDir /r "${DATA_DIR}"
  DeleteRegKey HKCU "${APP_KEY}"
SectionEnd

Function un.onUninstSuccess
  SectionGetFlags ${UnSectionData} $0
  IntOp $0 $0 & ${SF_SELECTED}
  IntCmp $0 ${SF_SELECTED} done
    IfSilent done
    MessageBox MB_OK|MB_ICONINFORMATION "$(UnDataKept)"
  done:
FunctionEnd
