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
        <location filename="../../desktop/views/attachments.py" line="108"/>
        <source>Add files…</source>
        <translation>फ़ाइलें जोड़ें…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="112"/>
        <source>or drag files and folders here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="125"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="141"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="141"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="141"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="141"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="150"/>
        <source>No files attached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="157"/>
        <source>Scan (DICOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="158"/>
        <source>Document (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="159"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="160"/>
        <source>Other file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="201"/>
        <source>Choose files to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="204"/>
        <source>All files (*);;Scans (*.dcm);;PDF documents (*.pdf);;Photos (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="226"/>
        <location filename="../../desktop/views/attachments.py" line="245"/>
        <source>Adding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="249"/>
        <source>about %1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="251"/>
        <source>about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="273"/>
        <source>%1 is already attached to this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="280"/>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="289"/>
        <source>This file could not be read. Check that it is still there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="372"/>
        <source>Attachments (scans, reports, photos)</source>
        <translation>संलग्न फ़ाइलें (स्कैन, रिपोर्ट, फ़ोटो)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="388"/>
        <source>Mark ready to send</source>
        <translation>भेजने के लिए तैयार करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="446"/>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="447"/>
        <source>As written on the patient&apos;s ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="449"/>
        <source>Year-month-day, e.g. 1968-07-21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="452"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="453"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="457"/>
        <source>+91 98765 43210</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="458"/>
        <source>12-3456-7890-1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="468"/>
        <source>Fill in the date of birth, or the age if the date is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="479"/>
        <source>Consent</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="487"/>
        <source>The patient, or a relative if the patient cannot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="489"/>
        <source>Year-month-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="490"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="498"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="512"/>
        <source>Question for the specialist</source>
        <translation>विशेषज्ञ के लिए प्रश्न</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="521"/>
        <source>Ask exactly what you want the specialist to answer, one question a box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="527"/>
        <source>Clinical details</source>
        <translation>चिकित्सा विवरण</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="530"/>
        <source>Choose a specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="558"/>
        <source>Referring doctor</source>
        <translation>रेफ़र करने वाले डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="574"/>
        <source>Timeline of symptoms</source>
        <translation>लक्षणों की समय-रेखा</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="651"/>
        <location filename="../../desktop/views/case_editor.py" line="665"/>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="766"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="768"/>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="770"/>
        <source>✓ Saved</source>
        <translation>✓ सहेजा गया</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="812"/>
        <source>Ready to send. The case is complete and will be sent when you submit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="834"/>
        <source>Not ready yet. Items still missing or wrong: %1. They are shown in red below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="875"/>
        <source>Delete timeline entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="876"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="78"/>
        <source>Loading cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="84"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="88"/>
        <source>＋  New case</source>
        <translation>＋  नया केस</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="98"/>
        <source>Search: name, hospital ID, specialty, status or case number</source>
        <translation>खोजें: नाम, अस्पताल आईडी, विशेषज्ञता, स्थिति या केस नंबर</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="107"/>
        <source>About / Data protection</source>
        <translation>जानकारी / डेटा सुरक्षा</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="122"/>
        <source>No cases yet.
Click New case to register a patient.</source>
        <translation>अभी कोई केस नहीं है।
मरीज़ को दर्ज करने के लिए नया केस पर क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="143"/>
        <source>No case matches this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="156"/>
        <source>Choose a case on the left, or click New case.</source>
        <translation>बाईं ओर से एक केस चुनें, या नया केस पर क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="202"/>
        <source>Cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="204"/>
        <source>Showing %1 of %2 cases</source>
        <translation>%2 में से %1 केस दिखाए जा रहे हैं</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="142"/>
        <source>Add another question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="171"/>
        <source>For example: Is surgery needed, or can this be treated with medicines?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="175"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineEditor</name>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="232"/>
        <source>No entries yet. Add when each symptom started or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="237"/>
        <source>2024-03-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="240"/>
        <source>For example: Cough with blood began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="249"/>
        <location filename="../../desktop/views/case_editor.py" line="302"/>
        <source>Add to timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="250"/>
        <source>Change selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="251"/>
        <source>Delete selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="252"/>
        <source>Cancel change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="293"/>
        <source>Save change</source>
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
    <name>wording</name>
    <message>
        <location filename="../../wording/__init__.py" line="19"/>
        <source>Draft</source>
        <translation>मसौदा</translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="20"/>
        <source>Ready to send</source>
        <translation>भेजने के लिए तैयार</translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="21"/>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="22"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="23"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="24"/>
        <source>Specialist assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="25"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="26"/>
        <source>Opinion received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="27"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="31"/>
        <source>Female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="32"/>
        <source>Male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="33"/>
        <location filename="../../wording/__init__.py" line="70"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="34"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="38"/>
        <source>Routine</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="39"/>
        <source>Urgent</source>
        <translation>अत्यावश्यक</translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="43"/>
        <source>Not yet recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="44"/>
        <source>Verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="45"/>
        <source>Written (signed form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="46"/>
        <source>Digital (OTP or e-sign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="50"/>
        <source>The patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="51"/>
        <source>A health worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="52"/>
        <source>A doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="56"/>
        <source>Oncology (cancer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="57"/>
        <source>Cardiology (heart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="58"/>
        <source>Neurology (brain and nerves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="59"/>
        <source>Orthopaedics (bones and joints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="60"/>
        <source>Endocrinology (diabetes, thyroid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="61"/>
        <source>Gastroenterology (stomach, liver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="62"/>
        <source>Nephrology (kidney)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="63"/>
        <source>Pulmonology (lungs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="64"/>
        <source>General medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="65"/>
        <source>Paediatrics (children)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="66"/>
        <source>Obstetrics and gynaecology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="67"/>
        <source>Dermatology (skin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="68"/>
        <source>Radiology (scan review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="69"/>
        <source>Pathology (biopsy review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="74"/>
        <source>Patient&apos;s full name</source>
        <translation>मरीज़ का पूरा नाम</translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="75"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="76"/>
        <source>Date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="77"/>
        <source>Age in years</source>
        <translation>आयु (वर्ष)</translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="78"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="79"/>
        <source>ABHA number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="80"/>
        <source>Hospital or clinic ID (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="81"/>
        <source>Who asked for this second opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="82"/>
        <source>Consent given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="83"/>
        <source>How consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="84"/>
        <source>Date of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="85"/>
        <source>Consent recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="86"/>
        <source>Questions for the specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="87"/>
        <source>Specialty</source>
        <translation>विशेषज्ञता</translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="88"/>
        <source>Urgency</source>
        <translation>तात्कालिकता</translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="89"/>
        <source>Working diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="90"/>
        <source>Clinical summary and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="91"/>
        <source>Current medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="92"/>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="93"/>
        <source>Treatment so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="94"/>
        <source>Treatment planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="95"/>
        <source>Referring doctor</source>
        <translation>रेफ़र करने वाले डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="96"/>
        <source>Doctor&apos;s registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="97"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="98"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="102"/>
        <source>Please fill this in.</source>
        <translation>कृपया इसे भरें।</translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="103"/>
        <source>This is not a date. Write it as year-month-day, for example 2024-03-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="106"/>
        <source>This date is in the future. Check the year.</source>
        <translation>यह तारीख़ भविष्य की है। वर्ष जाँचें।</translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="107"/>
        <source>This date is more than 130 years ago. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="110"/>
        <source>The age must be between 0 and 130 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="111"/>
        <source>A phone number has 7 to 15 digits, for example +91 98765 43210.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="114"/>
        <source>An ABHA number has 14 digits, for example 12-3456-7890-1234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="117"/>
        <source>Enter the date of birth, or the age if the date is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="120"/>
        <source>Someone other than the patient started this referral, so the patient&apos;s explicit consent must be recorded: choose how it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="125"/>
        <source>Choose one of the options in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="129"/>
        <source>The passphrase is not correct. Nothing was changed. Check Caps Lock and try again.</source>
        <translation>पासफ़्रेज़ सही नहीं है। कुछ भी नहीं बदला गया। Caps Lock जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="133"/>
        <source>This data folder is locked with a passphrase. Type it when CaseBridge starts, or set CASEBRIDGE_PASSPHRASE for unattended use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="138"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="141"/>
        <source>The key that unlocks this data folder cannot be found (store.json, keyfile.json or the system keyring entry is missing). Restore them from a backup, or choose another data folder. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="147"/>
        <source>The configured keyring stores secrets without encryption, so CaseBridge will not use it. Remove that keyring setting; CaseBridge will ask for a passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="152"/>
        <source>The case database cannot be opened with this key: it is damaged or belongs to another installation. Nothing was changed. Restore it from a backup or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="158"/>
        <source>These cases were saved by a newer CaseBridge. Install the newer version to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="162"/>
        <source>The disk is full, so this could not be saved. What was saved before is safe. Free some space (for example delete old downloads) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="167"/>
        <source>CaseBridge cannot write to its data folder (it is read-only or belongs to another user). Choose a folder you can write to, or ask for write permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="172"/>
        <source>No such case. Check the case number (run &apos;casebridge case list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="175"/>
        <source>More than one case starts with this number. Type more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="178"/>
        <source>A stored file is damaged and cannot be read. Import it again from the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="182"/>
        <source>Some fields need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="183"/>
        <source>Cancelled. Nothing was half-saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="184"/>
        <source>Something went wrong while saving. Nothing was lost. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="190"/>
        <source>Your cases are encrypted. The key is kept in this computer&apos;s secure keyring ({backend}), so CaseBridge opens without a passphrase for this Windows/Linux user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wording/__init__.py" line="195"/>
        <source>Your cases are encrypted. The key is locked with your passphrase (scrypt and AES-256-GCM in keyfile.json); CaseBridge asks for it at every start. Without it nobody, including us, can read the cases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
