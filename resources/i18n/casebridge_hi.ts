<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/views/about.py" line="29"/>
        <source>About CaseBridge and data protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="33"/>
        <source>CaseBridge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="37"/>
        <source>Prepares complete cases for a second medical opinion, offline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="39"/>
        <source>How your cases are protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="46"/>
        <source>Where your cases are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="54"/>
        <source>Back up this whole folder regularly, for example to a USB disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../desktop/views/attachments.py" line="160"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="160"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="137"/>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="141"/>
        <source>Import a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="144"/>
        <source>Import from CD/USB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="149"/>
        <source>You can also drag files, folders or zip files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="160"/>
        <source>Images or size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="176"/>
        <source>Nothing imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="185"/>
        <source>Scan (DICOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="186"/>
        <source>Document (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="187"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="188"/>
        <source>Other file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="192"/>
        <source>Scan without a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="199"/>
        <source>Series without a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="201"/>
        <source>Series %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="207"/>
        <source>1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="207"/>
        <source>%1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="263"/>
        <source>Scans (DICOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="268"/>
        <source>1 series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="268"/>
        <source>%1 series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="279"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="280"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="281"/>
        <source>Other scan files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="282"/>
        <source>Other files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="328"/>
        <source>1 study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="328"/>
        <source>%1 studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="330"/>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="330"/>
        <source>%1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="344"/>
        <source>Double-click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="413"/>
        <source>Choose files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="416"/>
        <source>All files (*);;Scans (*.dcm DICOMDIR);;PDF documents (*.pdf);;Photos (*.jpg *.jpeg *.png *.heic);;Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="425"/>
        <source>Choose a folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="459"/>
        <source>Wait until the import that is running has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="486"/>
        <source>The import was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="489"/>
        <source>1 file imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="489"/>
        <source>%1 files imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseChooser</name>
    <message>
        <location filename="../../desktop/views/incoming.py" line="373"/>
        <source>File to which case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="377"/>
        <source>Search: name, hospital ID or case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="387"/>
        <source>Cancel</source>
        <translation type="unfinished">रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="389"/>
        <source>File here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="401"/>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="377"/>
        <source>Attachments (scans, reports, photos)</source>
        <translation>संलग्न फ़ाइलें (स्कैन, रिपोर्ट, फ़ोटो)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="384"/>
        <source>Reports by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="389"/>
        <source>What the specialist may ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="415"/>
        <source>Mark ready to send</source>
        <translation>भेजने के लिए तैयार करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="418"/>
        <source>Review and send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="478"/>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="479"/>
        <source>As written on the patient&apos;s ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="481"/>
        <source>Year-month-day, e.g. 1968-07-21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="484"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="485"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="489"/>
        <source>+91 98765 43210</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="490"/>
        <source>12-3456-7890-1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="500"/>
        <source>Fill in the date of birth, or the age if the date is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="511"/>
        <source>Consent</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="519"/>
        <source>The patient, or a relative if the patient cannot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="521"/>
        <source>Year-month-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="522"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="530"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="544"/>
        <source>Question for the specialist</source>
        <translation>विशेषज्ञ के लिए प्रश्न</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="553"/>
        <source>Ask exactly what you want the specialist to answer, one question a box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="559"/>
        <source>Clinical details</source>
        <translation>चिकित्सा विवरण</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="562"/>
        <source>Choose a specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="590"/>
        <source>Referring doctor</source>
        <translation>रेफ़र करने वाले डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="606"/>
        <source>Timeline of symptoms</source>
        <translation>लक्षणों की समय-रेखा</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="706"/>
        <location filename="../../desktop/views/case_editor.py" line="721"/>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="822"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="824"/>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="826"/>
        <source>✓ Saved</source>
        <translation>✓ सहेजा गया</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="881"/>
        <source>Ready to send. The case is complete: click Review and send to choose what goes and queue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="905"/>
        <source>Not ready yet. Items still missing or wrong: %1. They are shown in red below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="946"/>
        <source>Delete timeline entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="947"/>
        <source>Delete this entry from the timeline?

%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../desktop/views/case_list.py" line="62"/>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list.py" line="63"/>
        <source>Hospital ID</source>
        <translation>अस्पताल आईडी</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list.py" line="64"/>
        <source>Specialty</source>
        <translation>विशेषज्ञता</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list.py" line="65"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list.py" line="66"/>
        <source>Urgency</source>
        <translation>तात्कालिकता</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list.py" line="67"/>
        <source>Last changed</source>
        <translation>अंतिम बदलाव</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list.py" line="69"/>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="64"/>
        <source>Checklist for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="111"/>
        <source>No checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="119"/>
        <source>(chosen by you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="121"/>
        <source>(from the diagnosis and specialty; change it if wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="160"/>
        <source>Needed, not found in this case (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="164"/>
        <source>Recommended, not found (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="168"/>
        <source>Already in the case (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="172"/>
        <source>Usually not needed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="205"/>
        <source>%1 · not found in the documents, lab values or scans of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="213"/>
        <source>found in a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="214"/>
        <source>found in the lab values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="215"/>
        <source>found in the scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="222"/>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="225"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoosePassphraseDialog</name>
    <message>
        <location filename="../../desktop/views/unlock.py" line="125"/>
        <source>Protect your cases with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/unlock.py" line="126"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/unlock.py" line="131"/>
        <source>CaseBridge encrypts every case, scan and report it keeps on this computer. This computer has no secure system keyring in which CaseBridge could keep the key, so the key is locked with a passphrase that you choose now.

You will type it each time CaseBridge starts. Without it nobody can read the cases, not even us: write it down and keep it in a safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/unlock.py" line="143"/>
        <source>Passphrase (at least 8 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/unlock.py" line="144"/>
        <source>Type the same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/unlock.py" line="153"/>
        <source>Use this passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/unlock.py" line="164"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DicomViewerWindow</name>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="80"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="119"/>
        <source>This case has no images yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="136"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="144"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="145"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="146"/>
        <source>Angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="147"/>
        <source>Area (ROI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="157"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="160"/>
        <source>Remove the measurements on this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="163"/>
        <source> Window: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="165"/>
        <source>Window preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="166"/>
        <source>File&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="180"/>
        <source>Invert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="184"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="187"/>
        <source>Show all DICOM tags of this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="191"/>
        <source>Key image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="194"/>
        <source>Mark this image for the specialist, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="198"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="203"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="206"/>
        <source>1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="209"/>
        <source>One image pixel per screen pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="211"/>
        <source>Zoom +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="212"/>
        <source>Zoom −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="215"/>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="218"/>
        <source>Rotate 90° clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="222"/>
        <source>Flip ↔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="225"/>
        <source>Flip left-right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="229"/>
        <source>Flip ↕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="232"/>
        <source>Flip up-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="236"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="239"/>
        <source>Undo zoom, rotation, flips and window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="244"/>
        <source>Text on image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="248"/>
        <source>Show or hide patient and image details in the corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="252"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="252"/>
        <source>Play the images as a film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="257"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="261"/>
        <source>Show two series next to each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="265"/>
        <source>Scroll together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="269"/>
        <source>Scrolling one series scrolls the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="356"/>
        <source>Key image: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="356"/>
        <source>Key image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="372"/>
        <source>Drag to move the image. Right-drag: brightness and contrast. Wheel or arrow keys: next image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="375"/>
        <source>Length: drag from one end to the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="377"/>
        <source>Angle: drag along the first line to the corner, then click the end of the second line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="380"/>
        <source>Area: drag a box around the area to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="442"/>
        <source>Both series scroll together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="444"/>
        <source>Series scroll separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="451"/>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="463"/>
        <source>Wait until the image has loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="467"/>
        <source>Key images can be marked only from a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="484"/>
        <source>Key image saved with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="488"/>
        <source>Key image not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentKindEditor</name>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="64"/>
        <source>What kind of document this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="67"/>
        <source>Date, e.g. 2024-03-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="69"/>
        <source>The date printed on the document (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="77"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="79"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="100"/>
        <source>(set by you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="102"/>
        <source>(read from the document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="104"/>
        <source>(no date found: type it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="191"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="191"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="191"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="191"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="211"/>
        <source>No reports or photos in this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="236"/>
        <source>Double-click to type the date printed on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="239"/>
        <source>No date found. Double-click to type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/document_kind.py" line="251"/>
        <source>%n lab value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="421"/>
        <source>Enroll with an opinion service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="426"/>
        <source>The opinion service gives each clinic an address and a one-time code. Enter them here once; cases are then sent to that service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="436"/>
        <source>The code you were given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="437"/>
        <source>Service address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="438"/>
        <source>Enrollment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="447"/>
        <source>Cancel</source>
        <translation type="unfinished">रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="449"/>
        <location filename="../../desktop/views/sync_panel.py" line="480"/>
        <source>Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="460"/>
        <source>Enter both the service address and the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="463"/>
        <source>Enrolling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="250"/>
        <source>Import into this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="298"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="299"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="300"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="301"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="306"/>
        <source>Cancel</source>
        <translation type="unfinished">रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="339"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="372"/>
        <source>Checking the patient&apos;s details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="473"/>
        <location filename="../../desktop/views/import_dialog.py" line="474"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="496"/>
        <location filename="../../desktop/views/import_dialog.py" line="504"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="513"/>
        <source>working it out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="516"/>
        <source>%1 files per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="530"/>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="548"/>
        <source>Import stopped. %1 files were already saved and stay in this case; the rest were not attached. Import again to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="552"/>
        <source>Import stopped. Nothing was attached to this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="559"/>
        <source>1 file imported into this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="560"/>
        <source>%1 files imported into this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="564"/>
        <source>These files are already in this case. Nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="566"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="586"/>
        <source>1 scan file of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="587"/>
        <source>%1 scan files of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="588"/>
        <source>another patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="589"/>
        <source>You said these are not this case&apos;s patient, so they were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="612"/>
        <source>…and %1 more files not imported for the same kinds of reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="619"/>
        <source>Not imported (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="634"/>
        <source>1 study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="634"/>
        <source>%1 studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="635"/>
        <source>1 series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="635"/>
        <source>%1 series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="636"/>
        <source>1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="636"/>
        <source>%1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="638"/>
        <source>Scans: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="640"/>
        <source>Documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="644"/>
        <source>Photos: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="647"/>
        <source>Already in this case, not added again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="656"/>
        <source>The files could not be read. Check that the CD or USB stick is still in the computer, then try again. Nothing was half-saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncomingDialog</name>
    <message>
        <location filename="../../desktop/views/incoming.py" line="73"/>
        <source>Incoming images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="77"/>
        <source>Images received from scanners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="82"/>
        <source>Choose a patient or a study, then file it to the right case. Check the name and date: a scanner may send images of several patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="92"/>
        <source>Nothing is waiting.
Images a scanner sends to this computer appear here until you file them to a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="103"/>
        <source>Patient / study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="104"/>
        <source>Study date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="105"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="106"/>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="107"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="131"/>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="135"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="137"/>
        <source>File to case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="193"/>
        <location filename="../../desktop/views/incoming.py" line="349"/>
        <source>(no name in the images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="196"/>
        <location filename="../../desktop/views/incoming.py" line="351"/>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="200"/>
        <location filename="../../desktop/views/incoming.py" line="353"/>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="202"/>
        <source>%1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="206"/>
        <source>Study without a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="210"/>
        <source>%1 in %2 series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="215"/>
        <source>%1 (unknown machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="268"/>
        <source>Discard images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="270"/>
        <source>Discard %1 received images? They are removed from this computer. The scanner can send them again if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="280"/>
        <source>%1 images discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="304"/>
        <source>Filing %1 images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="326"/>
        <source>%1 images filed to the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="357"/>
        <source>Is this the same patient?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="359"/>
        <source>The images name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="360"/>
        <source>Same patient: file them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="361"/>
        <source>Do not file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyImageDialog</name>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="54"/>
        <source>Mark as key image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="56"/>
        <source>Note for the specialist (what to look at in this image):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabReportView</name>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="353"/>
        <source>Opening the report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabsGrid</name>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="56"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="57"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="58"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="87"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="88"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="89"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="90"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="91"/>
        <source>Normal range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="96"/>
        <source>Checked against the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="124"/>
        <source>Compare each value with the report. Double-click a cell to correct it; corrected values are shown in blue italics. Tick ✓ when a row matches the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="170"/>
        <source>This document has not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="210"/>
        <source>Read from the report as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="227"/>
        <source>The lab marked it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="84"/>
        <source>Loading cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="90"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="94"/>
        <source>＋  New case</source>
        <translation>＋  नया केस</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="104"/>
        <source>Search: name, hospital ID, specialty, status or case number</source>
        <translation>खोजें: नाम, अस्पताल आईडी, विशेषज्ञता, स्थिति या केस नंबर</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="116"/>
        <source>About / Data protection</source>
        <translation>जानकारी / डेटा सुरक्षा</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="131"/>
        <source>No cases yet.
Click New case to register a patient.</source>
        <translation>अभी कोई केस नहीं है।
मरीज़ को दर्ज करने के लिए नया केस पर क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="152"/>
        <source>No case matches this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="165"/>
        <source>Choose a case on the left, or click New case.</source>
        <translation>बाईं ओर से एक केस चुनें, या नया केस पर क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="211"/>
        <source>Cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="213"/>
        <source>Showing %1 of %2 cases</source>
        <translation>%2 में से %1 केस दिखाए जा रहे हैं</translation>
    </message>
</context>
<context>
    <name>MediaChooser</name>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="42"/>
        <source>Import from CD/USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="45"/>
        <source>Choose the CD, DVD or USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="48"/>
        <location filename="../../desktop/views/media_chooser.py" line="76"/>
        <source>Looking for CDs and USB sticks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="57"/>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="61"/>
        <source>Cancel</source>
        <translation type="unfinished">रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="64"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="91"/>
        <source>scans found (DICOMDIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="93"/>
        <source>no DICOMDIR: all files on it will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="94"/>
        <source>CD/DVD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="94"/>
        <source>USB stick or card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="101"/>
        <source>Choose one and press Import. Insert another disc and press Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="107"/>
        <source>No CD or USB stick found. Insert it, wait until the computer shows it, then press Look again. You can also use Import a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientCheckDialog</name>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="40"/>
        <source>Check the patient before attaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="48"/>
        <source>Is this the same patient?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="54"/>
        <source>1 scan file names a patient whose details do not match this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="57"/>
        <source>%1 scan files name a patient whose details do not match this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="60"/>
        <source>They hold %1 different scans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="65"/>
        <source>Check with the patient or the CD cover. Attach them only if they are the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="75"/>
        <source>In this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="75"/>
        <source>On the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="81"/>
        <source>age %1 (no birth date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="86"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="87"/>
        <source>Date of birth</source>
        <translation type="unfinished">जन्म तिथि</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="88"/>
        <source>Patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="89"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="92"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="99"/>
        <source>Differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="99"/>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="119"/>
        <source>If you leave them out, none of these scan files are attached; the other files you chose are still imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="128"/>
        <source>Same patient: attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="131"/>
        <source>Not this patient: leave out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="54"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="81"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="84"/>
        <source>Show or hide the page thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="88"/>
        <source>Smaller (Ctrl+minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="95"/>
        <source>Larger (Ctrl+plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="97"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="106"/>
        <source>Find text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="113"/>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="117"/>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="121"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="122"/>
        <source>Copy the selected text (drag over the text first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="125"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="132"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="191"/>
        <source>This report is locked with a password. Type the password to open it (labs often use the patient&apos;s date of birth or phone number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="199"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="201"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="243"/>
        <source>That password is not correct. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="253"/>
        <source>This PDF is damaged or incomplete, so it cannot be shown. The stored copy is kept as it was. Ask for the report again, or photograph the paper copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="257"/>
        <source>This PDF is locked with a kind of protection CaseBridge cannot open. Ask the lab for a copy without a password, or print it and photograph the paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="260"/>
        <source>The PDF file cannot be found. Add it to the case again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="261"/>
        <source>This PDF has no pages to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/viewers/pdf_viewer.py" line="275"/>
        <source>of %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="460"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="462"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/viewers/pdf_viewer.py" line="465"/>
        <source>%n found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="224"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="251"/>
        <source>Turn left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="253"/>
        <source>Turn right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="255"/>
        <source>Crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="257"/>
        <source>Drag a rectangle around the part to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="259"/>
        <source>Make text clearer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="262"/>
        <source>Grey picture with stronger contrast, for photographed paper reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="265"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="267"/>
        <source>Back to original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="271"/>
        <source>Smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="275"/>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="277"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="279"/>
        <source>Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="307"/>
        <source>Opening the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="385"/>
        <source>Not saved yet. Save as a new version; the original photo stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="448"/>
        <source>Saving the new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="457"/>
        <source>Saved as a new version. The original photo is kept unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="146"/>
        <source>Add another question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="175"/>
        <source>For example: Is surgery needed, or can this be treated with medicines?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="179"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiverControls</name>
    <message>
        <location filename="../../desktop/views/receiver_controls.py" line="44"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/receiver_controls.py" line="91"/>
        <source>● Receiving images as %1 on port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/receiver_controls.py" line="95"/>
        <source>Scanners on this network can send images here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/receiver_controls.py" line="98"/>
        <source>Not receiving images: see Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/receiver_controls.py" line="108"/>
        <source>Incoming images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/receiver_controls.py" line="110"/>
        <source>Incoming images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/receiver_controls.py" line="125"/>
        <source>Images received into the chosen case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/receiver_controls.py" line="130"/>
        <source>Images received: see Incoming images.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesStrip</name>
    <message>
        <location filename="../../desktop/viewers/series_strip.py" line="73"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/series_strip.py" line="89"/>
        <source>Series {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/series_strip.py" line="90"/>
        <source>{modality} · {n} images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/series_strip.py" line="130"/>
        <source>(no preview)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="73"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="90"/>
        <source>Cancel</source>
        <translation type="unfinished">रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="92"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="109"/>
        <source>Receive images from a modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="112"/>
        <source>CaseBridge can receive images sent straight from a scanner, X-ray or ultrasound machine on this clinic&apos;s network (DICOM send). Images arrive encrypted; nothing is sent out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="119"/>
        <source>Receive images on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="126"/>
        <source>Name of this computer (AE title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="128"/>
        <source>Up to 16 letters or digits; the scanner must use the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="133"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="135"/>
        <source>1024 to 65535; 11112 is usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="139"/>
        <source>Put received images in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="142"/>
        <source>The incoming tray keeps them until you file them to a case. Images of a different patient always wait in the tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="147"/>
        <source>for example CT_ROOM1, XRAY2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="149"/>
        <source>Names of this clinic&apos;s machines (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="152"/>
        <source>Images from other machines are still received, and marked as from an unknown machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="190"/>
        <source>The incoming tray (file them later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="192"/>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="203"/>
        <source>A case that no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="242"/>
        <source>(see this computer&apos;s network settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="244"/>
        <source>On the scanner, add this computer as a destination:
IP address: %1    Port: %2    AE title: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="254"/>
        <source>Receiving now: listening as %1 on port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="262"/>
        <source>Receiving is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="149"/>
        <source>Review and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="166"/>
        <source>Reading the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="176"/>
        <source>Untick the scan series the specialist does not need: a smaller case reaches them sooner on a slow link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="186"/>
        <source>What will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="186"/>
        <source>Key images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="186"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="186"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="196"/>
        <source>Tick all series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="198"/>
        <source>Only series with key images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="213"/>
        <source>Scans are compressed without loss before sending, so it may be less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="228"/>
        <source>On 2G (50 kbit/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="229"/>
        <source>On 3G (1 Mbit/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="243"/>
        <source>Send without the patient&apos;s identity (de-identify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="254"/>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="261"/>
        <source>Enroll with an opinion service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="278"/>
        <location filename="../../desktop/views/submit_dialog.py" line="559"/>
        <source>Cancel</source>
        <translation type="unfinished">रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="280"/>
        <source>Prepare and queue for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="301"/>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="302"/>
        <source>Review what will be sent for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="331"/>
        <source>Scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="334"/>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="342"/>
        <source>Series %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="367"/>
        <source>Reports and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="368"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="369"/>
        <source>Other files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="389"/>
        <source>Left out: names are printed on reports and photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="403"/>
        <source>1 key image marked: it goes with its series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="405"/>
        <source>%1 key images marked: they go with their series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="411"/>
        <source>No scans, reports or photos: only the form is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="422"/>
        <source>1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="422"/>
        <source>%1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="482"/>
        <source>%1 files, up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="489"/>
        <source>On this clinic&apos;s link (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="493"/>
        <source>On this clinic&apos;s link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="494"/>
        <source>not measured yet (measured when cases are sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="498"/>
        <source>Names, IDs and dates are removed from the scans. Reports and photos are left out, because names are printed on them. The specialist will not know who the patient is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="506"/>
        <source>Off: the specialist sees the patient&apos;s name and details, as a second opinion needs. Switch on only when the recipient must not know the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="514"/>
        <source>No scan series is ticked: only reports and photos go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="521"/>
        <source>The opinion service at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="524"/>
        <source>Its key fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="533"/>
        <source>This computer is not enrolled with an opinion service yet, so the case cannot be sent. Enroll with the address and code the service gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="545"/>
        <source>Preparing the case for sending (encrypted)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="555"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="555"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="595"/>
        <location filename="../../desktop/views/submit_dialog.py" line="596"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="608"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="614"/>
        <source>working it out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="650"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="650"/>
        <source>Look at it because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="656"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="668"/>
        <source>Queued for sending. CaseBridge sends it as soon as there is a connection; you can close this window and keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="673"/>
        <source>Encrypted size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="676"/>
        <source>On 2G about: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="682"/>
        <source>On this clinic&apos;s link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="689"/>
        <source>Left out (names are printed on them): %1 reports or photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="703"/>
        <source>These images may have the patient&apos;s name written into the picture. Open them in the case and look before the specialist does:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="709"/>
        <source>Cancelled. Nothing was queued; the case is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncControls</name>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="124"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="127"/>
        <source>Enroll…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="128"/>
        <source>Enroll with an opinion service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="88"/>
        <source>Click to see what is being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="98"/>
        <source>Not set up to send cases: click Enroll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="97"/>
        <source>Sending cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="106"/>
        <location filename="../../desktop/views/sync_panel.py" line="341"/>
        <source>Pause sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="108"/>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="110"/>
        <source>Try again at once instead of waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="127"/>
        <location filename="../../desktop/views/sync_panel.py" line="245"/>
        <source>No cases waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="135"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="136"/>
        <location filename="../../desktop/views/sync_panel.py" line="160"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="137"/>
        <location filename="../../desktop/views/sync_panel.py" line="160"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="138"/>
        <location filename="../../desktop/views/sync_panel.py" line="160"/>
        <location filename="../../desktop/views/sync_panel.py" line="312"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="139"/>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="140"/>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="155"/>
        <source>Files of the chosen case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="160"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="175"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="223"/>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="273"/>
        <source>Case details and index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="292"/>
        <source>Files of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="292"/>
        <source>the chosen case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="312"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="312"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="341"/>
        <source>Resume sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="343"/>
        <source>This computer is not enrolled with an opinion service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="346"/>
        <source>Use Enroll… in the toolbar with the address and code the service gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="355"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="358"/>
        <source>Now sending %1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="364"/>
        <source>Nothing is sent until you click Resume sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="366"/>
        <source>The next try is %1. Click Send now to try at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="373"/>
        <source>Last problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="384"/>
        <source>soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="386"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="387"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagBrowser</name>
    <message>
        <location filename="../../desktop/viewers/tag_browser.py" line="77"/>
        <source>DICOM tags: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/tag_browser.py" line="81"/>
        <source>Search tags: number, name or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/tag_browser.py" line="86"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/tag_browser.py" line="86"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/tag_browser.py" line="86"/>
        <source>VR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/tag_browser.py" line="86"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/tag_browser.py" line="126"/>
        <source>1 tag shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/tag_browser.py" line="128"/>
        <source>{n} tags shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineEditor</name>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="236"/>
        <source>No entries yet. Add when each symptom started or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="241"/>
        <source>2024-03-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="244"/>
        <source>For example: Cough with blood began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="253"/>
        <location filename="../../desktop/views/case_editor.py" line="306"/>
        <source>Add to timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="254"/>
        <source>Change selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="255"/>
        <source>Delete selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="256"/>
        <source>Cancel change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="297"/>
        <source>Save change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop/views/trend_chart.py" line="72"/>
        <source>Choose a result to see how it changed across reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/trend_chart.py" line="74"/>
        <source>Only one %1 result in this case, so there is no trend yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/trend_chart.py" line="129"/>
        <source>normal range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/views/unlock.py" line="86"/>
        <source>Unlock CaseBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/unlock.py" line="87"/>
        <source>Type your CaseBridge passphrase</source>
        <translation>अपना CaseBridge पासफ़्रेज़ लिखें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unlock.py" line="92"/>
        <source>Your cases are encrypted on this computer. The passphrase unlocks them. It is the one chosen when CaseBridge was first started here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/unlock.py" line="99"/>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unlock.py" line="105"/>
        <source>Unlock</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unlock.py" line="111"/>
        <source>Type the passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewerLauncher</name>
    <message>
        <location filename="../../desktop/viewers/launcher.py" line="79"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Viewport</name>
    <message>
        <location filename="../../desktop/viewers/viewport.py" line="32"/>
        <source>an unknown form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/viewport.py" line="60"/>
        <source>Image in series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/viewport.py" line="61"/>
        <source>Choose a series on the left to show it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/viewport.py" line="100"/>
        <location filename="../../desktop/viewers/viewport.py" line="198"/>
        <location filename="../../desktop/viewers/viewport.py" line="200"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/viewport.py" line="215"/>
        <source>The other images of this series can still be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <location filename="../../wording/cases.py" line="13"/>
        <source>Draft</source>
        <translation>मसौदा</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="14"/>
        <source>Ready to send</source>
        <translation>भेजने के लिए तैयार</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="15"/>
        <location filename="../../wording/sync.py" line="185"/>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="16"/>
        <location filename="../../wording/sync.py" line="179"/>
        <location filename="../../wording/sync.py" line="186"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="17"/>
        <location filename="../../wording/sync.py" line="188"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="18"/>
        <source>Specialist assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="19"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="20"/>
        <source>Opinion received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="21"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="25"/>
        <source>Female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="26"/>
        <source>Male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="27"/>
        <location filename="../../wording/cases.py" line="64"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="28"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="32"/>
        <source>Routine</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="33"/>
        <source>Urgent</source>
        <translation>अत्यावश्यक</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="37"/>
        <source>Not yet recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="38"/>
        <source>Verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="39"/>
        <source>Written (signed form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="40"/>
        <source>Digital (OTP or e-sign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="44"/>
        <source>The patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="45"/>
        <source>A health worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="46"/>
        <source>A doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="50"/>
        <source>Oncology (cancer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="51"/>
        <source>Cardiology (heart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="52"/>
        <source>Neurology (brain and nerves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="53"/>
        <source>Orthopaedics (bones and joints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="54"/>
        <source>Endocrinology (diabetes, thyroid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="55"/>
        <source>Gastroenterology (stomach, liver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="56"/>
        <source>Nephrology (kidney)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="57"/>
        <source>Pulmonology (lungs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="58"/>
        <source>General medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="59"/>
        <source>Paediatrics (children)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="60"/>
        <source>Obstetrics and gynaecology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="61"/>
        <source>Dermatology (skin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="62"/>
        <source>Radiology (scan review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="63"/>
        <source>Pathology (biopsy review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="68"/>
        <source>Patient&apos;s full name</source>
        <translation>मरीज़ का पूरा नाम</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="69"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="70"/>
        <source>Date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="71"/>
        <source>Age in years</source>
        <translation>आयु (वर्ष)</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="72"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="73"/>
        <source>ABHA number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="74"/>
        <source>Hospital or clinic ID (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="75"/>
        <source>Who asked for this second opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="76"/>
        <source>Consent given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="77"/>
        <source>How consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="78"/>
        <source>Date of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="79"/>
        <source>Consent recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="80"/>
        <source>Questions for the specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="81"/>
        <source>Specialty</source>
        <translation>विशेषज्ञता</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="82"/>
        <source>Urgency</source>
        <translation>तात्कालिकता</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="83"/>
        <location filename="../../wording/clinical.py" line="114"/>
        <source>Working diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="84"/>
        <source>Clinical summary and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="85"/>
        <source>Current medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="86"/>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="87"/>
        <source>Treatment so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="88"/>
        <source>Treatment planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="89"/>
        <source>Referring doctor</source>
        <translation>रेफ़र करने वाले डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="90"/>
        <source>Doctor&apos;s registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="91"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="92"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="96"/>
        <source>Please fill this in.</source>
        <translation>कृपया इसे भरें।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="97"/>
        <source>This is not a date. Write it as year-month-day, for example 2024-03-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="100"/>
        <source>This date is in the future. Check the year.</source>
        <translation>यह तारीख़ भविष्य की है। वर्ष जाँचें।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="101"/>
        <source>This date is more than 130 years ago. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="104"/>
        <source>The age must be between 0 and 130 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="105"/>
        <source>A phone number has 7 to 15 digits, for example +91 98765 43210.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="108"/>
        <source>An ABHA number has 14 digits, for example 12-3456-7890-1234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="111"/>
        <source>Enter the date of birth, or the age if the date is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="114"/>
        <source>Someone other than the patient started this referral, so the patient&apos;s explicit consent must be recorded: choose how it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="119"/>
        <source>Choose one of the options in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="12"/>
        <source>The passphrase is not correct. Nothing was changed. Check Caps Lock and try again.</source>
        <translation>पासफ़्रेज़ सही नहीं है। कुछ भी नहीं बदला गया। Caps Lock जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="16"/>
        <source>This data folder is locked with a passphrase. Type it when CaseBridge starts, or set CASEBRIDGE_PASSPHRASE for unattended use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="21"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="24"/>
        <source>The key that unlocks this data folder cannot be found (store.json, keyfile.json or the system keyring entry is missing). Restore them from a backup, or choose another data folder. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="30"/>
        <source>The configured keyring stores secrets without encryption, so CaseBridge will not use it. Remove that keyring setting; CaseBridge will ask for a passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="35"/>
        <source>The case database cannot be opened with this key: it is damaged or belongs to another installation. Nothing was changed. Restore it from a backup or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="41"/>
        <source>These cases were saved by a newer CaseBridge. Install the newer version to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="45"/>
        <source>The disk is full, so this could not be saved. What was saved before is safe. Free some space (for example delete old downloads) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="50"/>
        <source>CaseBridge cannot write to its data folder (it is read-only or belongs to another user). Choose a folder you can write to, or ask for write permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="55"/>
        <source>No such case. Check the case number (run &apos;casebridge case list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="58"/>
        <source>More than one case starts with this number. Type more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="61"/>
        <source>A stored file is damaged and cannot be read. Import it again from the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="65"/>
        <source>Some fields need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="66"/>
        <source>Cancelled. Nothing was half-saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="67"/>
        <source>Something went wrong while saving. Nothing was lost. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="70"/>
        <source>This picture cannot be opened: the file is damaged, or it is a kind of picture CaseBridge cannot read (for example HEIC). Save it as JPEG on the phone and add it again. Nothing stored was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="76"/>
        <source>This picture has too many pixels to open safely. Take the photo again at a normal camera setting (12 megapixels is plenty for a report) and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="84"/>
        <source>Your cases are encrypted. The key is kept in this computer&apos;s secure keyring ({backend}), so CaseBridge opens without a passphrase for this Windows/Linux user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="89"/>
        <source>Your cases are encrypted. The key is locked with your passphrase (scrypt and AES-256-GCM in keyfile.json); CaseBridge asks for it at every start. Without it nobody, including us, can read the cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="14"/>
        <source>PixelSpacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="15"/>
        <source>ImagerPixelSpacing, at the detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="16"/>
        <source>ultrasound region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="17"/>
        <source>pixels, not calibrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="22"/>
        <source>This image has no DICOM instance UID to mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="23"/>
        <source>This frame number does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="24"/>
        <source>The note is too long (at most 2000 characters). Shorten it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="32"/>
        <source>This file is not a DICOM image. Open it as a document or photo instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="35"/>
        <source>This DICOM file holds no picture (for example a report or a treatment plan), so there is nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="40"/>
        <source>This image is compressed as {syntax} and no decoder for it is installed. Ask the sender for an uncompressed copy, or reinstall CaseBridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="45"/>
        <source>This image is stored in a form CaseBridge does not know ({syntax}). Ask the sender to export it again as standard DICOM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="50"/>
        <source>The file ends before its pixel data does: it was not copied completely. Copy it again from the original CD or USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="55"/>
        <source>The compressed picture ({syntax}) is damaged and cannot be decoded. Copy it again from the original, or ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="60"/>
        <source>The description of this image inside the file is damaged (for example its size or number of frames), so its picture cannot be laid out. Ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="65"/>
        <source>This image has a layout CaseBridge cannot show (unusual size or sample format). It is kept unchanged and will be sent with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="70"/>
        <source>This image has no frame with that number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="71"/>
        <source>The file cannot be opened: it is missing or you have no permission to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="74"/>
        <source>The window width must be more than 0 (for example --window 40 400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="77"/>
        <source>This photo is damaged or in a format CaseBridge cannot open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="80"/>
        <source>PDF pages cannot be drawn here: the PDF renderer (pypdfium2) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="83"/>
        <source>This PDF is damaged or password-protected and cannot be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="86"/>
        <source>This document has no page with that number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="89"/>
        <source>The picture cannot be saved there: the folder does not exist, is read-only or the disk is full. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="98"/>
        <source>Brain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="99"/>
        <source>Subdural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="100"/>
        <source>Stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="101"/>
        <source>Abdomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="102"/>
        <source>Mediastinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="103"/>
        <source>Bone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="104"/>
        <source>Lung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="105"/>
        <source>Liver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="106"/>
        <source>Angio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="107"/>
        <source>Soft tissue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="15"/>
        <source>Not a scan, PDF or photo CaseBridge can use. If it is a report, scan or photograph it, or save it as PDF, and add that instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="20"/>
        <source>This scan image is incomplete (the file was cut short while copying). Copy it again from the CD or the hospital, then import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="25"/>
        <source>This file is damaged or incomplete and cannot be opened. Copy it again from the original, then import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="30"/>
        <source>This file could not be read from the disc or drive. Clean the disc or try another drive or USB port, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="35"/>
        <source>This file is empty. Copy it again from the original, then import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="38"/>
        <source>This zip file is damaged and cannot be opened. Download or copy it again, then import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="42"/>
        <source>This zip file tries to write outside its own folder, which is a sign of a harmful file. It was not opened. Ask the sender for the images in another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="47"/>
        <source>This zip file unpacks to far more data than any set of scans (more than 2 GB, or a harmful &apos;zip bomb&apos;). It was not opened. Ask the sender to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="52"/>
        <source>This zip file is locked with a password. Unpack it with the password first, then import the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="57"/>
        <source>This zip file is inside a zip inside another zip. Unpack the outer zip files first, then import the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="62"/>
        <source>The disc&apos;s index (DICOMDIR) lists this image but it is not on the disc. Ask the hospital for a new copy if images seem to be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="67"/>
        <source>These images name a different patient than this case. They were not added. Check that they belong to this patient, then confirm to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="72"/>
        <source>This photo is in HEIC format, which this computer cannot open. On the phone, set the camera to &apos;Most compatible&apos; (JPEG), or share the photo as JPEG, and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="83"/>
        <source>Copying from the CD or USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="84"/>
        <source>Unpacking zip files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="85"/>
        <source>Reading the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="86"/>
        <source>Saving the files into this case (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="14"/>
        <source>Type a name (AE title) for this computer, for example CASEBRIDGE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="17"/>
        <source>An AE title has at most 16 characters. Shorten it, for example CASEBRIDGE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="20"/>
        <source>Remove the spaces at the start or end of the AE title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="23"/>
        <source>Use only English letters, digits, spaces and simple signs such as _ or - in the AE title (no \ and no special characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="28"/>
        <source>The port is a number, for example 11112.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="29"/>
        <source>Choose a port between 1024 and 65535, for example 11112.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="32"/>
        <source>That case no longer exists. Choose another case or the incoming tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="35"/>
        <source>One of the machine names is not a valid AE title (at most 16 letters or digits). Separate names with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="40"/>
        <source>Some settings need attention. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="43"/>
        <source>Another program on this computer is already using this port, so CaseBridge cannot receive images on it. Choose another port (for example 11113) and set the same port on the scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="49"/>
        <source>This computer does not allow CaseBridge to use this port. Choose a port between 1024 and 65535, for example 11112.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="54"/>
        <source>This computer has no network connection to listen on. Connect it to the network the scanner is on, then switch receiving on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="59"/>
        <source>Receiving images stopped because of an unexpected problem. Switch it off and on again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="64"/>
        <source>A scanner sent an image that could not be read. Ask the operator to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="68"/>
        <source>These images name a different patient from the case. File them only if you are sure they belong to this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="73"/>
        <source>These images could not be added to the case. They stay in the incoming tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="80"/>
        <source>Waiting to be filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="81"/>
        <source>Sent for a case, but the patient&apos;s details differ: check and file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="84"/>
        <source>Sent for a case that no longer exists: choose a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="87"/>
        <source>Could not be added to the case automatically: file it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="14"/>
        <source>Lab report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="15"/>
        <source>Imaging report (X-ray, CT, MRI, ultrasound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="16"/>
        <source>Discharge summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="17"/>
        <source>Prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="18"/>
        <source>Pathology or biopsy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="19"/>
        <source>ECG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="20"/>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="24"/>
        <source>Not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="25"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="26"/>
        <source>Could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="27"/>
        <source>Not a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="32"/>
        <source>This PDF is locked with a password, so its lab values cannot be read. Ask the lab for an unlocked copy, or print it and attach a photo. The file itself is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="37"/>
        <source>This PDF is damaged and cannot be read. Copy it again from the original (email, WhatsApp or the lab&apos;s website) and attach the new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="42"/>
        <source>This photo cannot be opened (the file is damaged or in a format CaseBridge does not read). Take the photo again, or save it as JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="47"/>
        <source>This picture is far larger than any phone photo, so it was not opened. Attach a normal photo of the report instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="52"/>
        <source>This is a scan or a photo, and reading text from pictures needs the free Tesseract OCR program with English, which is not installed on this computer. Ask your IT person to install it, or type the values in by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="58"/>
        <source>Reading the text from this picture failed. Try a sharper, straight photo in good light, or type the values in by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="63"/>
        <source>CaseBridge reads text only from PDFs and photos; this file is kept but not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="67"/>
        <source>This document could not be read. It is kept; type the values in by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="70"/>
        <source>Some pages are scans and were not read, because the Tesseract OCR program is not installed. Check those pages by eye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="75"/>
        <source>Stopped. Nothing was half-saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="76"/>
        <source>No lab values were found in this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="77"/>
        <source>This file cannot be found or opened. Check the name and the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="83"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="84"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="85"/>
        <source>Critical: tell the doctor now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="89"/>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="90"/>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="91"/>
        <source>Usually not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="95"/>
        <source>No checklist chosen for this case. Choose the condition to see which tests are usually needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="100"/>
        <source>Nothing on the checklist seems to be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="103"/>
        <source>These are suggestions from guidelines. You can send the case without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="111"/>
        <source>Case summary for the specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="112"/>
        <source>Patient</source>
        <translation type="unfinished">मरीज़</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="113"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="115"/>
        <source>Clinical summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="116"/>
        <source>Documents by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="117"/>
        <source>Abnormal lab values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="118"/>
        <source>Imaging studies (series / images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="119"/>
        <source>Possibly missing investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="120"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="121"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="122"/>
        <source>{age} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="13"/>
        <source>This folder is not a case bundle: envelope.json is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="16"/>
        <source>The bundle&apos;s envelope is damaged. Ask the sender to send the case again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="19"/>
        <source>This bundle was made by a newer or different program. Update CaseBridge and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="23"/>
        <source>The bundle is not signed (envelope.sig is missing). Do not trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="26"/>
        <source>The sender&apos;s signature does not match: the bundle was changed after it was made. Do not trust it; ask for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="31"/>
        <source>The bundle claims to come from a device whose key did not sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="34"/>
        <source>A file of the bundle is missing. Copy the whole bundle folder again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="37"/>
        <source>A file of the bundle was changed or damaged on the way. Copy or download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="41"/>
        <source>The bundle folder holds a file that is not part of the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="44"/>
        <source>This device already sent another bundle with the same number: this may be a replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="48"/>
        <source>This bundle was not sealed for the key given. Use the recipient&apos;s key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="51"/>
        <source>The bundle&apos;s contents list cannot be read. Ask for the bundle again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="54"/>
        <source>The contents were not signed by the sending device. Do not trust them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="57"/>
        <source>The contents list does not match the envelope. Do not trust this bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="60"/>
        <source>A file decrypts to something other than what was sent. Ask for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="66"/>
        <source>The key file holds no age key (a line starting AGE-SECRET-KEY-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="69"/>
        <source>The recipient is not an age public key (it starts with age1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="72"/>
        <source>The output folder already holds files. Choose a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="75"/>
        <source>This .tar file is not a case bundle (it holds other files). Nothing was unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="79"/>
        <source>This .tar file is damaged or incomplete. Copy it from the USB stick again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="82"/>
        <source>The bundle did not pass its checks; nothing was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/deid.py" line="13"/>
        <source>The image says it has writing burned into it, which may show the patient&apos;s name. Look at it before sending it without identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/deid.py" line="18"/>
        <source>Ultrasound machines often write the patient&apos;s name or ID on the image. Look at it before sending it without identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/deid.py" line="23"/>
        <source>This image is a screenshot or a scanned page, which often shows the patient&apos;s name. Look at it before sending it without identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/deid.py" line="28"/>
        <source>A document stored inside a DICOM file (such as a PDF report) names the patient, so it was left out of the bundle without identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/deid.py" line="36"/>
        <source>This file is not DICOM, so it cannot be sent without identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/deid.py" line="39"/>
        <source>This DICOM file is damaged and cannot be read. It was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/deid.py" line="42"/>
        <source>The copy without identity could not be written. Check the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="16"/>
        <source>Enrollment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="17"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="18"/>
        <source>Specialties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="19"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="20"/>
        <source>Service key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="24"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="25"/>
        <source>Ed25519 signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="26"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="27"/>
        <source>age recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="30"/>
        <source>Case {bundle_id} is now assigned to {device_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="33"/>
        <source>No bundle with that id at this service. Check the id and the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="36"/>
        <source>No enrolled device with that id. Check the id with the specialist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="39"/>
        <source>That case cannot be assigned: it must have passed its check, and the device must be an enrolled specialist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="44"/>
        <source>A specialist code needs at least one --specialty; a clinic code takes none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="48"/>
        <source>The service could not listen on that address. Choose another --port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="51"/>
        <source>The service stopped with an error. See service.log in its data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="15"/>
        <source>The opinion service cannot be reached. Cases wait in the outbox and are sent by themselves when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="20"/>
        <source>The opinion service had a problem and asked us to wait. Sending is tried again by itself in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="25"/>
        <source>enroll this device first: casebridge enroll URL CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="29"/>
        <source>This enrollment code is not known or has expired (codes last 7 days). Ask the service administrator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="34"/>
        <source>This enrollment code was already used by another computer. Ask the service administrator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="39"/>
        <source>The service did not accept this computer&apos;s keys. Update CaseBridge and enroll again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="43"/>
        <source>The service&apos;s keys do not match its name: this may not be the real service. Check the address with the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="48"/>
        <source>The address answered, but not like a CaseBridge opinion service. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="52"/>
        <source>The service refused the request as malformed. Update CaseBridge; if it persists, tell the service administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="58"/>
        <source>This computer&apos;s sign-in to the service expired and could not be renewed. Enroll it again with a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="63"/>
        <source>The service no longer recognises this computer&apos;s sign-in. Enroll it again with a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="68"/>
        <source>Renewing this computer&apos;s sign-in failed. Check that its clock and connection are working, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="73"/>
        <source>The service does not know this computer. Enroll it again with a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="77"/>
        <source>The service administrator has blocked this computer. Contact them before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="81"/>
        <source>The service says this case belongs to another computer. Build it again from this computer and send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="87"/>
        <source>The service could not verify this computer&apos;s signature on the case. Enroll this computer again, then send the case again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="92"/>
        <source>The service could not read this case&apos;s package. Send the case again (a new package is built).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="97"/>
        <source>The service does not understand this version of CaseBridge&apos;s packages. Update CaseBridge or ask the administrator to update the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="102"/>
        <source>The service already has another package with this number from this computer. Send the case again (a new package is built).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="107"/>
        <source>This case is larger than the service accepts. Send fewer image series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="111"/>
        <source>A file of this case&apos;s package is not the size the package says. Send the case again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="115"/>
        <source>The service does not expect one of this package&apos;s files. Send the case again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="119"/>
        <source>The service had forgotten this case; it is being registered and sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="123"/>
        <location filename="../../wording/sync.py" line="127"/>
        <source>An unfinished file expired at the service; it is being sent again from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="131"/>
        <source>The service and this computer disagreed on a file&apos;s progress; resuming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="134"/>
        <source>Some files had not fully arrived; they are being sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="137"/>
        <source>A file was damaged on the way; it is being sent again from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="141"/>
        <source>This case&apos;s package is missing or damaged on this computer. Send the case again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="145"/>
        <source>The service&apos;s receipt is not signed by the service this computer enrolled with, so the case is not marked delivered. Tell the service administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="150"/>
        <source>The service&apos;s receipt does not list this case&apos;s files as sent, so the case is not marked delivered. Tell the service administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="155"/>
        <source>A status update was not signed by the service and was ignored. Tell the service administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="160"/>
        <source>The service answered an upload without saying where it goes. Tell the service administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="165"/>
        <source>The service answered an upload without its progress. Tell the service administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="169"/>
        <source>The service refused a request. Update CaseBridge; if it persists, tell the service administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="177"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="178"/>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="180"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="181"/>
        <source>Waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="187"/>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="189"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="29"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="30"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="31"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="32"/>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="35"/>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="36"/>
        <source>measuring speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="38"/>
        <source>about %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="39"/>
        <source>about %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="40"/>
        <source>about %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="41"/>
        <source>about %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="42"/>
        <source>about %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="43"/>
        <source>working it out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="46"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="47"/>
        <source>time left unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
