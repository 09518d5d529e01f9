<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/views/about.py" line="29"/>
        <source>About CaseBridge and data protection</source>
        <translation>CaseBridge और डेटा सुरक्षा के बारे में</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="33"/>
        <source>CaseBridge %1</source>
        <translation>CaseBridge %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="37"/>
        <source>Prepares complete cases for a second medical opinion, offline first.</source>
        <translation>दूसरी चिकित्सा राय के लिए पूरे केस तैयार करता है, पहले ऑफ़लाइन।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="39"/>
        <source>How your cases are protected</source>
        <translation>आपके केस कैसे सुरक्षित हैं</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="46"/>
        <source>Where your cases are kept</source>
        <translation>आपके केस कहाँ रखे जाते हैं</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="54"/>
        <source>Back up this whole folder regularly, for example to a USB disk.</source>
        <translation>इस पूरे फ़ोल्डर का नियमित रूप से बैकअप लें, जैसे किसी USB डिस्क पर।</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../desktop/views/staff_page.py" line="257"/>
        <source>Add staff member</source>
        <translation>स्टाफ़ सदस्य जोड़ें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_page.py" line="263"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_page.py" line="264"/>
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN (4 से 12 अंक)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_page.py" line="265"/>
        <source>Type the same PIN again</source>
        <translation>वही PIN फिर से लिखें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_page.py" line="272"/>
        <source>Administrator (adds and removes staff)</source>
        <translation>प्रशासक (स्टाफ़ जोड़ता और हटाता है)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_page.py" line="284"/>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
</context>
<context>
    <name>AdminPinDialog</name>
    <message>
        <location filename="../../desktop/views/staff_page.py" line="313"/>
        <location filename="../../desktop/views/staff_page.py" line="325"/>
        <source>Administrator</source>
        <translation>प्रशासक</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_page.py" line="317"/>
        <source>Only an administrator can do this. Choose your name and type your PIN.</source>
        <translation>यह केवल प्रशासक कर सकते हैं। अपना नाम चुनें और अपना PIN लिखें।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_page.py" line="325"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../desktop/views/thread_dialogs.py" line="112"/>
        <source>Answer the clinic&apos;s question</source>
        <translation>क्लिनिक के प्रश्न का उत्तर दें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/thread_dialogs.py" line="113"/>
        <source>The clinic asked:</source>
        <translation>क्लिनिक ने पूछा:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/thread_dialogs.py" line="115"/>
        <source>Your answer:</source>
        <translation>आपका उत्तर:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/thread_dialogs.py" line="118"/>
        <source>Send answer</source>
        <translation>उत्तर भेजें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/thread_dialogs.py" line="119"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>AskDialog</name>
    <message>
        <location filename="../../desktop/views/thread_dialogs.py" line="68"/>
        <source>Ask a follow-up question</source>
        <translation>आगे का प्रश्न पूछें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/thread_dialogs.py" line="73"/>
        <source>Write your question to the specialist. It is sent at the next connection, with any files you add (a report that came later).</source>
        <translation>विशेषज्ञ के लिए अपना प्रश्न लिखें। यह अगली बार इंटरनेट मिलने पर भेजा जाएगा, आपकी जोड़ी गई फ़ाइलों के साथ (जैसे बाद में आई रिपोर्ट)।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/thread_dialogs.py" line="80"/>
        <source>Add files…</source>
        <translation>फ़ाइलें जोड़ें…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/thread_dialogs.py" line="82"/>
        <location filename="../../desktop/views/thread_dialogs.py" line="104"/>
        <source>No files added.</source>
        <translation>कोई फ़ाइल नहीं जोड़ी गई।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/thread_dialogs.py" line="87"/>
        <source>Send question</source>
        <translation>प्रश्न भेजें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/thread_dialogs.py" line="88"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/thread_dialogs.py" line="93"/>
        <source>Add files</source>
        <translation>फ़ाइलें जोड़ें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/thread_dialogs.py" line="102"/>
        <source>Files to send: %1</source>
        <translation>भेजी जाने वाली फ़ाइलें: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../desktop/views/attachments.py" line="171"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="171"/>
        <source>Added</source>
        <translation>जोड़ा गया</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="139"/>
        <source>Import files…</source>
        <translation>फ़ाइलें लाएँ…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="143"/>
        <source>Import a folder…</source>
        <translation>फ़ोल्डर लाएँ…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="146"/>
        <source>Import from CD/USB…</source>
        <translation>CD/USB से लाएँ…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="154"/>
        <source>You can also drag files, folders or zip files here.</source>
        <translation>आप फ़ाइलें, फ़ोल्डर या zip फ़ाइलें यहाँ खींचकर भी ला सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="171"/>
        <source>Images or size</source>
        <translation>चित्र या आकार</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="188"/>
        <source>Nothing imported yet.</source>
        <translation>अभी तक कुछ नहीं लाया गया।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="197"/>
        <source>Scan (DICOM)</source>
        <translation>स्कैन (DICOM)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="198"/>
        <source>Document (PDF)</source>
        <translation>दस्तावेज़ (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="199"/>
        <source>Photo</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="200"/>
        <source>Other file</source>
        <translation>अन्य फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="204"/>
        <source>Scan without a description</source>
        <translation>बिना विवरण का स्कैन</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="211"/>
        <source>Series without a description</source>
        <translation>बिना विवरण की सीरीज़</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="213"/>
        <source>Series %1: %2</source>
        <translation>सीरीज़ %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="219"/>
        <source>1 image</source>
        <translation>1 चित्र</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="219"/>
        <source>%1 images</source>
        <translation>%1 चित्र</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="331"/>
        <source>Scans (DICOM)</source>
        <translation>स्कैन (DICOM)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="336"/>
        <source>1 series</source>
        <translation>1 सीरीज़</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="336"/>
        <source>%1 series</source>
        <translation>%1 सीरीज़</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="347"/>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="348"/>
        <source>Photos</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="349"/>
        <source>Other scan files</source>
        <translation>अन्य स्कैन फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="350"/>
        <source>Other files</source>
        <translation>अन्य फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="396"/>
        <source>1 study</source>
        <translation>1 स्टडी</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="396"/>
        <source>%1 studies</source>
        <translation>%1 स्टडी</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="398"/>
        <source>1 file</source>
        <translation>1 फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="398"/>
        <source>%1 files</source>
        <translation>%1 फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="412"/>
        <source>Double-click to open</source>
        <translation>खोलने के लिए दो बार क्लिक करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="481"/>
        <source>Choose files to import</source>
        <translation>लाने के लिए फ़ाइलें चुनें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="484"/>
        <source>All files (*);;Scans (*.dcm DICOMDIR);;PDF documents (*.pdf);;Photos (*.jpg *.jpeg *.png *.heic);;Zip files (*.zip)</source>
        <translation>सभी फ़ाइलें (*);;स्कैन (*.dcm DICOMDIR);;PDF दस्तावेज़ (*.pdf);;फ़ोटो (*.jpg *.jpeg *.png *.heic);;Zip फ़ाइलें (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="493"/>
        <source>Choose a folder to import</source>
        <translation>लाने के लिए फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="527"/>
        <source>Wait until the import that is running has finished.</source>
        <translation>जो आयात चल रहा है, उसके पूरा होने तक रुकें।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="554"/>
        <source>The import was stopped.</source>
        <translation>आयात रोक दिया गया।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="557"/>
        <source>1 file imported.</source>
        <translation>1 फ़ाइल लाई गई।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments.py" line="557"/>
        <source>%1 files imported.</source>
        <translation>%1 फ़ाइलें लाई गईं।</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="103"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="106"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>CaseChooser</name>
    <message>
        <location filename="../../desktop/views/incoming.py" line="384"/>
        <source>File to which case?</source>
        <translation>किस केस में रखें?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="388"/>
        <source>Search: name, hospital ID or case number</source>
        <translation>खोजें: नाम, अस्पताल आईडी या केस नंबर</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="398"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="400"/>
        <source>File here</source>
        <translation>यहाँ रखें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="412"/>
        <source>(no name yet)</source>
        <translation>(अभी कोई नाम नहीं)</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="368"/>
        <source>Attachments (scans, reports, photos)</source>
        <translation>संलग्न फ़ाइलें (स्कैन, रिपोर्ट, फ़ोटो)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="375"/>
        <source>Reports by date</source>
        <translation>तारीख़ के अनुसार रिपोर्टें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="380"/>
        <source>What the specialist may ask for</source>
        <translation>विशेषज्ञ क्या माँग सकते हैं</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="406"/>
        <source>Mark ready to send</source>
        <translation>भेजने के लिए तैयार करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="409"/>
        <source>Review and send…</source>
        <translation>देखें और भेजें…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="484"/>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="485"/>
        <source>As written on the patient&apos;s ID card</source>
        <translation>जैसा मरीज़ के पहचान-पत्र पर लिखा है</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="491"/>
        <source>Not known</source>
        <translation>पता नहीं</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="499"/>
        <source>+91 98765 43210</source>
        <translation>+91 98765 43210</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="500"/>
        <source>12-3456-7890-1234</source>
        <translation>12-3456-7890-1234</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="510"/>
        <source>Fill in the date of birth, or the age if the date is not known.</source>
        <translation>जन्म तिथि भरें, या तिथि पता न हो तो आयु भरें।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="522"/>
        <source>Consent</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="530"/>
        <source>The patient, or a relative if the patient cannot</source>
        <translation>मरीज़, या मरीज़ न कर सकें तो कोई रिश्तेदार</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="533"/>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="538"/>
        <source>Your name</source>
        <translation>आपका नाम</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="552"/>
        <source>Question for the specialist</source>
        <translation>विशेषज्ञ के लिए प्रश्न</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="561"/>
        <source>Ask exactly what you want the specialist to answer, one question a box.</source>
        <translation>विशेषज्ञ से ठीक वही पूछें जिसका उत्तर आप चाहते हैं, हर बॉक्स में एक प्रश्न।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="567"/>
        <source>Clinical details</source>
        <translation>चिकित्सा विवरण</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="570"/>
        <source>Choose a specialty</source>
        <translation>विशेषज्ञता चुनें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="598"/>
        <source>Referring doctor</source>
        <translation>रेफ़र करने वाले डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="614"/>
        <source>Timeline of symptoms</source>
        <translation>लक्षणों की समय-रेखा</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="741"/>
        <location filename="../../desktop/views/case_editor.py" line="837"/>
        <source>New patient</source>
        <translation>नया मरीज़</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="910"/>
        <source>Not saved</source>
        <translation>सहेजा नहीं गया</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="911"/>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="912"/>
        <source>✓ Saved</source>
        <translation>✓ सहेजा गया</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="810"/>
        <source>Ready to send. The case is complete: click Review and send to choose what goes and queue it.</source>
        <translation>भेजने के लिए तैयार। केस पूरा है: क्या जाएगा यह चुनने और कतार में लगाने के लिए देखें और भेजें पर क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="487"/>
        <source>Day/month/year, e.g. 21/07/1968</source>
        <translation>दिन/महीना/वर्ष, जैसे 21/07/1968</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="497"/>
        <source>years</source>
        <translation>वर्ष</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="532"/>
        <source>Day/month/year</source>
        <translation>दिन/महीना/वर्ष</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="815"/>
        <source>Not ready yet. Items still missing or wrong: %1. They are shown in red below.</source>
        <translation>अभी तैयार नहीं। ये चीज़ें अभी बाक़ी हैं या ग़लत हैं: %1। ये नीचे लाल रंग में दिखाई गई हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="1066"/>
        <source>Delete timeline entry</source>
        <translation>समय-रेखा की प्रविष्टि हटाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="1067"/>
        <source>Delete this entry from the timeline?

%1  %2</source>
        <translation>समय-रेखा से यह प्रविष्टि हटाएँ?

%1  %2</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../desktop/views/case_list.py" line="90"/>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list.py" line="91"/>
        <source>Hospital ID</source>
        <translation>अस्पताल आईडी</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list.py" line="92"/>
        <source>Specialty</source>
        <translation>विशेषज्ञता</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list.py" line="93"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list.py" line="94"/>
        <source>Urgency</source>
        <translation>तात्कालिकता</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list.py" line="95"/>
        <source>Last changed</source>
        <translation>अंतिम बदलाव</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list.py" line="97"/>
        <source>(no name yet)</source>
        <translation>(अभी कोई नाम नहीं)</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="64"/>
        <source>Checklist for</source>
        <translation>इसके लिए जाँच-सूची</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="113"/>
        <source>No checklist</source>
        <translation>कोई जाँच-सूची नहीं</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="121"/>
        <source>(chosen by you)</source>
        <translation>(आपने चुनी)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="123"/>
        <source>(from the diagnosis and specialty; change it if wrong)</source>
        <translation>(निदान और विशेषज्ञता से; ग़लत हो तो बदलें)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="162"/>
        <source>Needed, not found in this case (%1)</source>
        <translation>ज़रूरी, इस केस में नहीं मिली (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="166"/>
        <source>Recommended, not found (%1)</source>
        <translation>सुझाई गई, नहीं मिली (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="170"/>
        <source>Already in the case (%1)</source>
        <translation>केस में पहले से है (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="174"/>
        <source>Usually not needed (%1)</source>
        <translation>आमतौर पर ज़रूरी नहीं (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="207"/>
        <source>%1 · not found in the documents, lab values or scans of this case</source>
        <translation>%1 · इस केस के दस्तावेज़ों, लैब मानों या स्कैन में नहीं मिली</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="215"/>
        <source>found in a document</source>
        <translation>एक दस्तावेज़ में मिली</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="216"/>
        <source>found in the lab values</source>
        <translation>लैब मानों में मिली</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="217"/>
        <source>found in the scans</source>
        <translation>स्कैन में मिली</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="224"/>
        <source>Why: %1</source>
        <translation>क्यों: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_panel.py" line="227"/>
        <source>Source: %1</source>
        <translation>स्रोत: %1</translation>
    </message>
</context>
<context>
    <name>ChooseLockPinDialog</name>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="267"/>
        <source>Lock PIN</source>
        <translation>लॉक PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="269"/>
        <source>Change the lock PIN</source>
        <translation>लॉक PIN बदलें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="269"/>
        <source>Choose a lock PIN</source>
        <translation>लॉक PIN चुनें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="275"/>
        <source>This computer keeps CaseBridge&apos;s key in its system keyring, so there is no passphrase to type. The lock PIN (4 to 12 digits) unlocks the window after it locks.</source>
        <translation>यह कंप्यूटर CaseBridge की कुंजी अपने सिस्टम कीरिंग में रखता है, इसलिए लिखने के लिए कोई पासफ़्रेज़ नहीं है। लॉक PIN (4 से 12 अंक) विंडो लॉक होने के बाद उसे खोलता है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="284"/>
        <source>New lock PIN</source>
        <translation>नया लॉक PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="284"/>
        <source>Type it again</source>
        <translation>इसे फिर से लिखें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="286"/>
        <source>Current lock PIN</source>
        <translation>अभी का लॉक PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="302"/>
        <source>Keep this PIN</source>
        <translation>यह PIN रखें</translation>
    </message>
</context>
<context>
    <name>ChoosePassphraseDialog</name>
    <message>
        <location filename="../../desktop/views/unlock.py" line="125"/>
        <source>Protect your cases with a passphrase</source>
        <translation>अपने केस एक पासफ़्रेज़ से सुरक्षित करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unlock.py" line="126"/>
        <source>Choose a passphrase</source>
        <translation>पासफ़्रेज़ चुनें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unlock.py" line="131"/>
        <source>CaseBridge encrypts every case, scan and report it keeps on this computer. This computer has no secure system keyring in which CaseBridge could keep the key, so the key is locked with a passphrase that you choose now.

You will type it each time CaseBridge starts. Without it nobody can read the cases, not even us: write it down and keep it in a safe place.</source>
        <translation>CaseBridge इस कंप्यूटर पर रखे हर केस, स्कैन और रिपोर्ट को एन्क्रिप्ट करता है। इस कंप्यूटर में कोई सुरक्षित सिस्टम कीरिंग नहीं है जिसमें CaseBridge कुंजी रख सके, इसलिए कुंजी को उस पासफ़्रेज़ से बंद किया जाता है जो आप अभी चुनेंगे।

CaseBridge हर बार शुरू होने पर आपको इसे लिखना होगा। इसके बिना कोई भी केस नहीं पढ़ सकता, हम भी नहीं: इसे लिखकर किसी सुरक्षित जगह रखें।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unlock.py" line="143"/>
        <source>Passphrase (at least 8 characters)</source>
        <translation>पासफ़्रेज़ (कम से कम 8 अक्षर)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unlock.py" line="144"/>
        <source>Type the same passphrase again</source>
        <translation>वही पासफ़्रेज़ फिर से लिखें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unlock.py" line="153"/>
        <source>Use this passphrase</source>
        <translation>यह पासफ़्रेज़ इस्तेमाल करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unlock.py" line="164"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>दोनों पासफ़्रेज़ एक जैसे नहीं हैं। उन्हें फिर से लिखें।</translation>
    </message>
</context>
<context>
    <name>DateBox</name>
    <message>
        <location filename="../../desktop/views/date_box.py" line="48"/>
        <source>Calendar</source>
        <translation>कैलेंडर</translation>
    </message>
    <message>
        <location filename="../../desktop/views/date_box.py" line="49"/>
        <source>Choose the date on a calendar</source>
        <translation>कैलेंडर पर तारीख़ चुनें</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="483"/>
        <source>Name of the clinic</source>
        <translation>क्लिनिक का नाम</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="484"/>
        <source>Village, town or district</source>
        <translation>गाँव, क़स्बा या ज़िला</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="485"/>
        <source>Phone number (optional)</source>
        <translation>फ़ोन नंबर (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="485"/>
        <source>For the specialist to call.</source>
        <translation>विशेषज्ञ के फ़ोन करने के लिए।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="486"/>
        <source>Your full name</source>
        <translation>आपका पूरा नाम</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="487"/>
        <source>Qualification</source>
        <translation>योग्यता</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="487"/>
        <source>For example MD (Medicine).</source>
        <translation>जैसे MD (मेडिसिन)।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="488"/>
        <source>Medical council</source>
        <translation>मेडिकल काउंसिल</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="488"/>
        <source>For example Bihar Medical Council.</source>
        <translation>जैसे बिहार मेडिकल काउंसिल।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="489"/>
        <source>Registration number</source>
        <translation>पंजीकरण नंबर</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="500"/>
        <source>Your specialties</source>
        <translation>आपकी विशेषज्ञताएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="524"/>
        <source>About you</source>
        <translation>आपके बारे में</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="525"/>
        <source>About the clinic</source>
        <translation>क्लिनिक के बारे में</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="530"/>
        <source>Clinics see who wrote an opinion, with the registration that makes it valid.</source>
        <translation>क्लिनिक देखते हैं कि राय किसने लिखी, उस पंजीकरण के साथ जो उसे मान्य बनाता है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="532"/>
        <source>The specialist sees which clinic a case comes from and how to reach it.</source>
        <translation>विशेषज्ञ देखते हैं कि केस किस क्लिनिक से आया है और उससे कैसे संपर्क करें।</translation>
    </message>
</context>
<context>
    <name>DicomViewerWindow</name>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="90"/>
        <source>Images</source>
        <translation>चित्र</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="137"/>
        <source>This case has no images yet.</source>
        <translation>इस केस में अभी कोई चित्र नहीं है।</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="154"/>
        <source>Tools</source>
        <translation>औज़ार</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="162"/>
        <source>Move</source>
        <translation>खिसकाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="163"/>
        <source>Length</source>
        <translation>लंबाई</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="164"/>
        <source>Angle</source>
        <translation>कोण</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="165"/>
        <source>Area (ROI)</source>
        <translation>क्षेत्रफल (ROI)</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="175"/>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="178"/>
        <source>Remove the measurements on this image</source>
        <translation>इस चित्र के माप हटाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="181"/>
        <source> Window: </source>
        <translation> विंडो: </translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="183"/>
        <source>Window preset</source>
        <translation>विंडो प्रीसेट</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="184"/>
        <source>File&apos;s own</source>
        <translation>फ़ाइल का अपना</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="205"/>
        <source>Invert</source>
        <translation>उलटें</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="209"/>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="212"/>
        <source>Show all DICOM tags of this image</source>
        <translation>इस चित्र के सभी DICOM टैग दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="216"/>
        <source>Key image…</source>
        <translation>मुख्य चित्र…</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="219"/>
        <source>Mark this image for the specialist, with a note</source>
        <translation>इस चित्र को विशेषज्ञ के लिए एक नोट के साथ चिह्नित करें</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="223"/>
        <source>View</source>
        <translation>दृश्य</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="228"/>
        <source>Fit</source>
        <translation>फ़िट</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="231"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="234"/>
        <source>One image pixel per screen pixel</source>
        <translation>स्क्रीन के एक पिक्सेल पर चित्र का एक पिक्सेल</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="236"/>
        <source>Zoom +</source>
        <translation>ज़ूम +</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="237"/>
        <source>Zoom −</source>
        <translation>ज़ूम −</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="240"/>
        <source>Rotate</source>
        <translation>घुमाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="243"/>
        <source>Rotate 90° clockwise</source>
        <translation>घड़ी की दिशा में 90° घुमाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="247"/>
        <source>Flip ↔</source>
        <translation>पलटें ↔</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="250"/>
        <source>Flip left-right</source>
        <translation>बाएँ-दाएँ पलटें</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="254"/>
        <source>Flip ↕</source>
        <translation>पलटें ↕</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="257"/>
        <source>Flip up-down</source>
        <translation>ऊपर-नीचे पलटें</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="261"/>
        <source>Reset</source>
        <translation>पहले जैसा करें</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="264"/>
        <source>Undo zoom, rotation, flips and window</source>
        <translation>ज़ूम, घुमाना, पलटना और विंडो वापस पहले जैसा करें</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="269"/>
        <source>Text on image</source>
        <translation>चित्र पर लिखा</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="273"/>
        <source>Show or hide patient and image details in the corners</source>
        <translation>कोनों में मरीज़ और चित्र का विवरण दिखाएँ या छिपाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="277"/>
        <source>Play</source>
        <translation>चलाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="277"/>
        <source>Play the images as a film</source>
        <translation>चित्रों को फ़िल्म की तरह चलाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="282"/>
        <source>Side by side</source>
        <translation>आमने-सामने</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="286"/>
        <source>Show two series next to each other</source>
        <translation>दो सीरीज़ एक-दूसरे के बगल में दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="290"/>
        <source>Scroll together</source>
        <translation>साथ-साथ स्क्रॉल करें</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="294"/>
        <source>Scrolling one series scrolls the other</source>
        <translation>एक सीरीज़ स्क्रॉल करने पर दूसरी भी स्क्रॉल होती है</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="390"/>
        <source>Key image: {note}</source>
        <translation>मुख्य चित्र: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="390"/>
        <source>Key image</source>
        <translation>मुख्य चित्र</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="406"/>
        <source>Drag to move the image. Right-drag: brightness and contrast. Wheel or arrow keys: next image.</source>
        <translation>चित्र खिसकाने के लिए खींचें। दायाँ बटन दबाकर खींचें: चमक और कंट्रास्ट। व्हील या तीर कुंजियाँ: अगला चित्र।</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="409"/>
        <source>Length: drag from one end to the other.</source>
        <translation>लंबाई: एक सिरे से दूसरे सिरे तक खींचें।</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="411"/>
        <source>Angle: drag along the first line to the corner, then click the end of the second line.</source>
        <translation>कोण: पहली रेखा के साथ कोने तक खींचें, फिर दूसरी रेखा के सिरे पर क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="414"/>
        <source>Area: drag a box around the area to measure.</source>
        <translation>क्षेत्रफल: नापने वाले हिस्से के चारों ओर एक बॉक्स खींचें।</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="482"/>
        <source>Both series scroll together.</source>
        <translation>दोनों सीरीज़ साथ-साथ स्क्रॉल होती हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="484"/>
        <source>Series scroll separately.</source>
        <translation>सीरीज़ अलग-अलग स्क्रॉल होती हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="491"/>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="503"/>
        <source>Wait until the image has loaded.</source>
        <translation>चित्र लोड होने तक रुकें।</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="507"/>
        <source>Key images can be marked only from a case.</source>
        <translation>मुख्य चित्र केवल किसी केस से ही चिह्नित किए जा सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="524"/>
        <source>Key image saved with the case.</source>
        <translation>मुख्य चित्र केस के साथ सहेजा गया।</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="528"/>
        <source>Key image not saved</source>
        <translation>मुख्य चित्र सहेजा नहीं गया</translation>
    </message>
</context>
<context>
    <name>DocumentKindEditor</name>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="72"/>
        <source>What kind of document this is</source>
        <translation>यह किस प्रकार का दस्तावेज़ है</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="75"/>
        <source>Date, e.g. 2024-03-15</source>
        <translation>तारीख़, जैसे 2024-03-15</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="77"/>
        <source>The date printed on the document (YYYY-MM-DD)</source>
        <translation>दस्तावेज़ पर छपी तारीख़ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="85"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="87"/>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="109"/>
        <source>(set by you)</source>
        <translation>(आपने रखा)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="111"/>
        <source>(read from the document)</source>
        <translation>(दस्तावेज़ से पढ़ा गया)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="113"/>
        <source>(no date found: type it)</source>
        <translation>(कोई तारीख़ नहीं मिली: लिखें)</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="200"/>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="200"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="200"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="200"/>
        <source>Reading</source>
        <translation>पढ़ाई</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="220"/>
        <source>No reports or photos in this case yet.</source>
        <translation>इस केस में अभी कोई रिपोर्ट या फ़ोटो नहीं है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="245"/>
        <source>Double-click to type the date printed on it</source>
        <translation>इस पर छपी तारीख़ लिखने के लिए दो बार क्लिक करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="248"/>
        <source>No date found. Double-click to type it.</source>
        <translation>कोई तारीख़ नहीं मिली। लिखने के लिए दो बार क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="260"/>
        <source>1 lab value</source>
        <translation>1 लैब मान</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_kind.py" line="260"/>
        <source>%1 lab values</source>
        <translation>%1 लैब मान</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="516"/>
        <source>Enroll with an opinion service</source>
        <translation>राय सेवा में नामांकन करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="521"/>
        <source>The opinion service gives each clinic an address and a one-time code. Enter them here once; cases are then sent to that service.</source>
        <translation>राय सेवा हर क्लिनिक को एक पता और एक बार इस्तेमाल होने वाला कोड देती है। इन्हें यहाँ एक बार भरें; उसके बाद केस उसी सेवा को भेजे जाते हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="531"/>
        <source>The code you were given</source>
        <translation>आपको दिया गया कोड</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="532"/>
        <source>Service address</source>
        <translation>सेवा का पता</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="533"/>
        <source>Enrollment code</source>
        <translation>नामांकन कोड</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="548"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="551"/>
        <location filename="../../desktop/views/sync_panel.py" line="617"/>
        <source>Enroll</source>
        <translation>नामांकन करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="562"/>
        <source>Enter both the service address and the code.</source>
        <translation>सेवा का पता और कोड दोनों भरें।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="565"/>
        <source>Enrolling…</source>
        <translation>नामांकन हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="584"/>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="591"/>
        <source>Enrolled as a specialist for: {specialties}.</source>
        <translation>इनके लिए विशेषज्ञ के रूप में नामांकित: {specialties}।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="602"/>
        <source>The service knows you as {name} ({details}).</source>
        <translation>सेवा आपको {name} ({details}) के नाम से जानती है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="606"/>
        <source>Cases assigned to you will come to this computer.</source>
        <translation>आपको सौंपे गए केस इस कंप्यूटर पर आएँगे।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="609"/>
        <source>Enrolled as a clinic. Cases you send go to this service.</source>
        <translation>क्लिनिक के रूप में नामांकित। आपके भेजे केस इसी सेवा को जाते हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="611"/>
        <source>The service knows this clinic as {name}.</source>
        <translation>सेवा इस क्लिनिक को {name} के नाम से जानती है।</translation>
    </message>
</context>
<context>
    <name>EnrollmentPage</name>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="605"/>
        <source>Enroll now with the opinion service</source>
        <translation>अभी राय सेवा में नामांकन करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="613"/>
        <source>The code you were given</source>
        <translation>आपको दिया गया कोड</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="614"/>
        <source>Service address</source>
        <translation>सेवा का पता</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="616"/>
        <source>One-time code</source>
        <translation>एक बार का कोड</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="618"/>
        <source>The service gives it to you; it works once.</source>
        <translation>सेवा यह आपको देती है; यह एक ही बार काम करता है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="623"/>
        <source>Later: I will carry bundles on USB</source>
        <translation>बाद में: मैं बंडल USB पर ले जाऊँगा/जाऊँगी</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="624"/>
        <source>You can enroll at any time from Sending and receiving.</source>
        <translation>आप कभी भी भेजना और प्राप्त करना से नामांकन कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="642"/>
        <source>Connect to the opinion service</source>
        <translation>राय सेवा से जुड़ें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="646"/>
        <source>Cases for you arrive from the service once this computer is enrolled.</source>
        <translation>यह कंप्यूटर नामांकित होने के बाद आपके केस सेवा से आते हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="647"/>
        <source>Cases reach the specialists through the service once you are enrolled.</source>
        <translation>आपके नामांकन के बाद केस सेवा के ज़रिए विशेषज्ञों तक पहुँचते हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="691"/>
        <source>Enrolling…</source>
        <translation>नामांकन हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="721"/>
        <location filename="../../desktop/views/first_run/pages.py" line="741"/>
        <source>Finish</source>
        <translation>पूरा करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="727"/>
        <source>Enrolled as a specialist. Cases assigned to you will come here.</source>
        <translation>विशेषज्ञ के रूप में नामांकित। आपको सौंपे गए केस यहाँ आएँगे।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="729"/>
        <source>Enrolled as a clinic. Cases you send go to this service.</source>
        <translation>क्लिनिक के रूप में नामांकित। आपके भेजे केस इसी सेवा को जाते हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="731"/>
        <source>The service knows this computer as: %1</source>
        <translation>सेवा इस कंप्यूटर को इस नाम से जानती है: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="732"/>
        <source>Click Finish to start.</source>
        <translation>शुरू करने के लिए पूरा करें पर क्लिक करें।</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/views/first_run/wizard.py" line="118"/>
        <source>Setting up CaseBridge</source>
        <translation>CaseBridge की शुरुआती सेटिंग</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/wizard.py" line="145"/>
        <source>Leave for now</source>
        <translation>अभी छोड़ें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/wizard.py" line="147"/>
        <source>What you have chosen is kept; CaseBridge continues here next time.</source>
        <translation>आपने जो चुना है वह रखा गया है; अगली बार CaseBridge यहीं से आगे बढ़ेगा।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/wizard.py" line="152"/>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/wizard.py" line="155"/>
        <location filename="../../desktop/views/first_run/wizard.py" line="238"/>
        <source>Next</source>
        <translation>आगे</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/wizard.py" line="231"/>
        <source>Step %1 of %2</source>
        <translation>चरण %1, कुल %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/restore_page.py" line="421"/>
        <location filename="../../desktop/views/first_run/wizard.py" line="238"/>
        <source>Finish</source>
        <translation>पूरा करें</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="219"/>
        <source>Import into this case</source>
        <translation>इस केस में लाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="267"/>
        <source>Files</source>
        <translation>फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="268"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="269"/>
        <source>Speed</source>
        <translation>गति</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="270"/>
        <source>Time left</source>
        <translation>बचा समय</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="275"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="317"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="351"/>
        <source>Checking the patient&apos;s details…</source>
        <translation>मरीज़ का विवरण जाँचा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="454"/>
        <location filename="../../desktop/views/import_dialog.py" line="455"/>
        <source>Stopping…</source>
        <translation>रोका जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="477"/>
        <location filename="../../desktop/views/import_dialog.py" line="485"/>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="494"/>
        <source>working it out…</source>
        <translation>हिसाब लगाया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="497"/>
        <source>%1 files per second</source>
        <translation>%1 फ़ाइलें प्रति सेकंड</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="511"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="537"/>
        <source>1 file imported into this case.</source>
        <translation>इस केस में 1 फ़ाइल लाई गई।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="538"/>
        <source>%1 files imported into this case.</source>
        <translation>इस केस में %1 फ़ाइलें लाई गईं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="542"/>
        <source>These files are already in this case. Nothing new.</source>
        <translation>ये फ़ाइलें इस केस में पहले से हैं। कुछ नया नहीं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="544"/>
        <source>Nothing was imported.</source>
        <translation>कुछ भी नहीं लाया गया।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="572"/>
        <source>1 scan file of %2</source>
        <translation>%2 में से 1 स्कैन फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="573"/>
        <source>%1 scan files of %2</source>
        <translation>%2 में से %1 स्कैन फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="574"/>
        <source>another patient</source>
        <translation>कोई और मरीज़</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="575"/>
        <source>You said these are not this case&apos;s patient, so they were left out.</source>
        <translation>आपने बताया कि ये इस केस के मरीज़ की नहीं हैं, इसलिए इन्हें छोड़ दिया गया।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="598"/>
        <source>…and %1 more files not imported for the same kinds of reasons.</source>
        <translation>…और %1 फ़ाइलें इन्हीं कारणों से नहीं लाई गईं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="605"/>
        <source>Not imported (%1)</source>
        <translation>नहीं लाई गईं (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="620"/>
        <source>1 study</source>
        <translation>1 स्टडी</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="620"/>
        <source>%1 studies</source>
        <translation>%1 स्टडी</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="621"/>
        <source>1 series</source>
        <translation>1 सीरीज़</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="621"/>
        <source>%1 series</source>
        <translation>%1 सीरीज़</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="622"/>
        <source>1 image</source>
        <translation>1 चित्र</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="622"/>
        <source>%1 images</source>
        <translation>%1 चित्र</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="624"/>
        <source>Scans: %1</source>
        <translation>स्कैन: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="626"/>
        <source>Documents: %1</source>
        <translation>दस्तावेज़: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="630"/>
        <source>Photos: %1</source>
        <translation>फ़ोटो: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="633"/>
        <source>Already in this case, not added again: %1</source>
        <translation>इस केस में पहले से हैं, दोबारा नहीं जोड़ी गईं: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="642"/>
        <source>The files could not be read. Check that the CD or USB stick is still in the computer, then try again. Nothing was half-saved.</source>
        <translation>फ़ाइलें पढ़ी नहीं जा सकीं। जाँचें कि CD या USB स्टिक अभी भी कंप्यूटर में लगी है, फिर दोबारा कोशिश करें। कुछ भी आधा सहेजा नहीं गया।</translation>
    </message>
</context>
<context>
    <name>IncomingDialog</name>
    <message>
        <location filename="../../desktop/views/incoming.py" line="73"/>
        <source>Incoming images</source>
        <translation>आने वाले चित्र</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="77"/>
        <source>Images received from scanners</source>
        <translation>स्कैनर से मिले चित्र</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="82"/>
        <source>Choose a patient or a study, then file it to the right case. Check the name and date: a scanner may send images of several patients.</source>
        <translation>एक मरीज़ या स्टडी चुनें, फिर उसे सही केस में रखें। नाम और तारीख़ जाँचें: स्कैनर कई मरीज़ों के चित्र भेज सकता है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="92"/>
        <source>Nothing is waiting.
Images a scanner sends to this computer appear here until you file them to a case.</source>
        <translation>कुछ भी प्रतीक्षा में नहीं है।
स्कैनर इस कंप्यूटर को जो चित्र भेजता है, वे किसी केस में रखे जाने तक यहाँ दिखते हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="103"/>
        <source>Patient / study</source>
        <translation>मरीज़ / स्टडी</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="104"/>
        <source>Study date</source>
        <translation>स्टडी की तारीख़</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="105"/>
        <source>Images</source>
        <translation>चित्र</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="106"/>
        <source>Sent by</source>
        <translation>किसने भेजा</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="107"/>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="131"/>
        <source>Discard…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="135"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="137"/>
        <source>File to case…</source>
        <translation>केस में रखें…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="193"/>
        <location filename="../../desktop/views/incoming.py" line="360"/>
        <source>(no name in the images)</source>
        <translation>(चित्रों में कोई नाम नहीं)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="196"/>
        <location filename="../../desktop/views/incoming.py" line="362"/>
        <source>ID %1</source>
        <translation>आईडी %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="200"/>
        <location filename="../../desktop/views/incoming.py" line="364"/>
        <source>born %1</source>
        <translation>जन्म %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="202"/>
        <source>%1 images</source>
        <translation>%1 चित्र</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="206"/>
        <source>Study without a description</source>
        <translation>बिना विवरण की स्टडी</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="210"/>
        <source>%1 in %2 series</source>
        <translation>%2 सीरीज़ में %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="215"/>
        <source>%1 (unknown machine)</source>
        <translation>%1 (अज्ञात मशीन)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="268"/>
        <source>Discard images</source>
        <translation>चित्र हटाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="270"/>
        <source>Discard %1 received images? They are removed from this computer. The scanner can send them again if needed.</source>
        <translation>मिले हुए %1 चित्र हटाएँ? वे इस कंप्यूटर से हटा दिए जाएँगे। ज़रूरत हो तो स्कैनर उन्हें फिर से भेज सकता है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="280"/>
        <source>%1 images discarded.</source>
        <translation>%1 चित्र हटाए गए।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="304"/>
        <source>Filing %1 images…</source>
        <translation>%1 चित्र रखे जा रहे हैं…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="330"/>
        <source>%1 images filed to the case.</source>
        <translation>%1 चित्र केस में रखे गए।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="368"/>
        <source>Is this the same patient?</source>
        <translation>क्या यह वही मरीज़ है?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="370"/>
        <source>The images name:</source>
        <translation>चित्रों में नाम:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="371"/>
        <source>Same patient: file them</source>
        <translation>वही मरीज़: इन्हें रखें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/incoming.py" line="372"/>
        <source>Do not file</source>
        <translation>न रखें</translation>
    </message>
</context>
<context>
    <name>KeyImageDialog</name>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="59"/>
        <source>Mark as key image</source>
        <translation>मुख्य चित्र के रूप में चिह्नित करें</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/dicom_viewer.py" line="61"/>
        <source>Note for the specialist (what to look at in this image):</source>
        <translation>विशेषज्ञ के लिए नोट (इस चित्र में क्या देखना है):</translation>
    </message>
</context>
<context>
    <name>LabReportView</name>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="390"/>
        <source>Opening the report…</source>
        <translation>रिपोर्ट खोली जा रही है…</translation>
    </message>
</context>
<context>
    <name>LabsGrid</name>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="62"/>
        <source>Low</source>
        <translation>कम</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="63"/>
        <source>High</source>
        <translation>अधिक</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="64"/>
        <source>Critical</source>
        <translation>गंभीर</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="90"/>
        <source>Test</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="91"/>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="92"/>
        <source>Flag</source>
        <translation>निशान</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="93"/>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="94"/>
        <source>Normal range</source>
        <translation>सामान्य सीमा</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="103"/>
        <source>Checked against the report</source>
        <translation>रिपोर्ट से मिलाया गया</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="132"/>
        <source>Compare each value with the report. Double-click a cell to correct it; corrected values are shown in blue italics. Tick ✓ when a row matches the report.</source>
        <translation>हर मान को रिपोर्ट से मिलाएँ। सुधारने के लिए किसी खाने पर दो बार क्लिक करें; सुधारे गए मान नीले तिरछे अक्षरों में दिखते हैं। जब कोई पंक्ति रिपोर्ट से मेल खाए तो ✓ लगाएँ।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="178"/>
        <source>This document has not been read yet.</source>
        <translation>यह दस्तावेज़ अभी पढ़ा नहीं गया है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="234"/>
        <source>Read from the report as: %1</source>
        <translation>रिपोर्ट से ऐसे पढ़ा गया: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="251"/>
        <source>The lab marked it: %1</source>
        <translation>लैब ने इसे चिह्नित किया: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labs_grid.py" line="355"/>
        <source>%1, typed “%2”. %3</source>
        <translation>%1, लिखा “%2”। %3</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="164"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="167"/>
        <source>CaseBridge shows every screen in the language you choose here.</source>
        <translation>CaseBridge हर स्क्रीन उसी भाषा में दिखाता है जो आप यहाँ चुनते हैं।</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <location filename="../../desktop/views/language_section.py" line="22"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location filename="../../desktop/views/language_section.py" line="24"/>
        <source>The screens change at once; nothing you typed is lost.</source>
        <translation>स्क्रीन तुरंत बदल जाती हैं; आपका लिखा कुछ नहीं खोता।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/language_section.py" line="47"/>
        <source>The choice could not be saved for the next start.</source>
        <translation>यह चुनाव अगली शुरुआत के लिए सहेजा नहीं जा सका।</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="95"/>
        <source>Your name</source>
        <translation>आपका नाम</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="107"/>
        <source>Type the same PIN again</source>
        <translation>वही PIN फिर से लिखें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="127"/>
        <location filename="../../desktop/views/lock_screen.py" line="192"/>
        <source>Unlock</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="142"/>
        <source>Who is working at CaseBridge?</source>
        <translation>CaseBridge पर कौन काम कर रहा है?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="144"/>
        <source>CaseBridge is locked</source>
        <translation>CaseBridge लॉक है</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="148"/>
        <source>The cases are hidden while you are away. Type the CaseBridge passphrase to go on where you left off. Sending and receiving go on meanwhile.</source>
        <translation>आपके दूर रहने तक केस छिपे हैं। जहाँ छोड़ा था वहीं से आगे बढ़ने के लिए CaseBridge पासफ़्रेज़ लिखें। इस बीच भेजना और प्राप्त करना चलता रहता है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="152"/>
        <source>Choose your name and type your PIN. What you do is recorded under your name. Sending and receiving go on meanwhile.</source>
        <translation>अपना नाम चुनें और अपना PIN लिखें। आप जो करते हैं वह आपके नाम से दर्ज होता है। इस बीच भेजना और प्राप्त करना चलता रहता है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="156"/>
        <source>The cases are hidden while you are away. Type the lock PIN to go on where you left off. Sending and receiving go on meanwhile.</source>
        <translation>आपके दूर रहने तक केस छिपे हैं। जहाँ छोड़ा था वहीं से आगे बढ़ने के लिए लॉक PIN लिखें। इस बीच भेजना और प्राप्त करना चलता रहता है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="160"/>
        <source>Choose a lock PIN (4 to 12 digits). CaseBridge asks for it whenever the window is locked.</source>
        <translation>एक लॉक PIN चुनें (4 से 12 अंक)। विंडो लॉक होने पर CaseBridge हर बार इसे माँगता है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="164"/>
        <source>The cases are hidden.</source>
        <translation>केस छिपे हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="175"/>
        <source>Nobody listed: use the CaseBridge passphrase</source>
        <translation>सूची में कोई नहीं: CaseBridge पासफ़्रेज़ इस्तेमाल करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="192"/>
        <source>Keep this PIN and unlock</source>
        <translation>यह PIN रखें और खोलें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="202"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="203"/>
        <source>Lock PIN</source>
        <translation>लॉक PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="204"/>
        <source>New lock PIN</source>
        <translation>नया लॉक PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lock_screen.py" line="207"/>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
</context>
<context>
    <name>LockSettings</name>
    <message>
        <location filename="../../desktop/views/staff_page.py" line="62"/>
        <source>Lock the screen</source>
        <translation>स्क्रीन लॉक करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_page.py" line="66"/>
        <source>A locked CaseBridge hides every case until the passphrase or a PIN is typed. Lock it yourself with the Lock button (Ctrl+L), or let it lock when nobody has used it for a while. Sending and receiving go on.</source>
        <translation>लॉक किया गया CaseBridge पासफ़्रेज़ या PIN लिखे जाने तक हर केस छिपाता है। लॉक बटन (Ctrl+L) से ख़ुद लॉक करें, या कुछ देर किसी के इस्तेमाल न करने पर इसे अपने आप लॉक होने दें। भेजना और प्राप्त करना चलता रहता है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_page.py" line="76"/>
        <source>Never by itself</source>
        <translation>अपने आप कभी नहीं</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_page.py" line="78"/>
        <source>After %1 minutes without use</source>
        <translation>%1 मिनट तक इस्तेमाल न होने पर</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_page.py" line="82"/>
        <source>Lock by itself</source>
        <translation>अपने आप लॉक हो</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_page.py" line="84"/>
        <location filename="../../desktop/views/staff_page.py" line="143"/>
        <source>Choose a lock PIN…</source>
        <translation>लॉक PIN चुनें…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_page.py" line="94"/>
        <source>Staff</source>
        <translation>स्टाफ़</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_page.py" line="98"/>
        <source>Optional. Add the people who use this computer, each with a PIN. With sign-in on, CaseBridge asks who is working when it starts and when it is unlocked, and the audit log records who did what. The first person added is an administrator, who adds and removes staff.</source>
        <translation>वैकल्पिक। इस कंप्यूटर का इस्तेमाल करने वालों को जोड़ें, हर एक का अपना PIN। साइन-इन चालू होने पर CaseBridge शुरू होते और खुलते समय पूछता है कि कौन काम कर रहा है, और ऑडिट लॉग दर्ज करता है कि किसने क्या किया। पहला जोड़ा गया व्यक्ति प्रशासक होता है, जो स्टाफ़ जोड़ता और हटाता है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_page.py" line="111"/>
        <source>Add staff member…</source>
        <translation>स्टाफ़ सदस्य जोड़ें…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_page.py" line="113"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_page.py" line="119"/>
        <source>Ask who is working (staff sign-in)</source>
        <translation>पूछें कि कौन काम कर रहा है (स्टाफ़ साइन-इन)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_page.py" line="141"/>
        <source>Change the lock PIN…</source>
        <translation>लॉक PIN बदलें…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_page.py" line="147"/>
        <source>Choose a lock PIN first: without one, the screen cannot lock.</source>
        <translation>पहले लॉक PIN चुनें: इसके बिना स्क्रीन लॉक नहीं हो सकती।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_page.py" line="154"/>
        <source>%1 (administrator)</source>
        <translation>%1 (प्रशासक)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="107"/>
        <source>Loading cases…</source>
        <translation>केस लोड हो रहे हैं…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="115"/>
        <source>Main</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="119"/>
        <source>+  New case</source>
        <translation>+  नया केस</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="129"/>
        <source>Search: name, hospital ID, specialty, status or case number</source>
        <translation>खोजें: नाम, अस्पताल आईडी, विशेषज्ञता, स्थिति या केस नंबर</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="141"/>
        <source>About / Data protection</source>
        <translation>जानकारी / डेटा सुरक्षा</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="160"/>
        <source>No cases yet.
Click New case to register a patient.</source>
        <translation>अभी कोई केस नहीं है।
मरीज़ को दर्ज करने के लिए नया केस पर क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="182"/>
        <source>No case matches this search.</source>
        <translation>इस खोज से कोई केस मेल नहीं खाता।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="195"/>
        <source>Choose a case on the left, or click New case.</source>
        <translation>बाईं ओर से एक केस चुनें, या नया केस पर क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="331"/>
        <source>Cases: %1</source>
        <translation>केस: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="333"/>
        <source>Showing %1 of %2 cases</source>
        <translation>%2 में से %1 केस दिखाए जा रहे हैं</translation>
    </message>
</context>
<context>
    <name>Measurements</name>
    <message>
        <location filename="../../desktop/viewers/measurements.py" line="52"/>
        <source>{value} mm ({source})</source>
        <translation>{value} mm ({source})</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/measurements.py" line="54"/>
        <source>{value} px ({source})</source>
        <translation>{value} px ({source})</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/measurements.py" line="61"/>
        <source>{value}° ({source})</source>
        <translation>{value}° ({source})</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/measurements.py" line="69"/>
        <source>No pixels inside</source>
        <translation>अंदर कोई पिक्सेल नहीं</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/measurements.py" line="70"/>
        <source>Mean {mean}{unit}, SD {sd}
Min {minimum}, max {maximum}
Area {area} {area_unit} ({source})</source>
        <translation>औसत {mean}{unit}, SD {sd}
न्यूनतम {minimum}, अधिकतम {maximum}
क्षेत्रफल {area} {area_unit} ({source})</translation>
    </message>
</context>
<context>
    <name>MediaChooser</name>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="45"/>
        <source>Import from CD/USB</source>
        <translation>CD/USB से लाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="45"/>
        <source>Save to USB stick</source>
        <translation>USB स्टिक में सहेजें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="50"/>
        <source>Choose the USB stick to save on</source>
        <translation>वह USB स्टिक चुनें जिसमें सहेजना है</translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="52"/>
        <source>Choose the CD, DVD or USB stick</source>
        <translation>CD, DVD या USB स्टिक चुनें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="56"/>
        <location filename="../../desktop/views/media_chooser.py" line="84"/>
        <source>Looking for CDs and USB sticks…</source>
        <translation>CD और USB स्टिक खोजी जा रही हैं…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="65"/>
        <source>Look again</source>
        <translation>फिर से देखें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="69"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="72"/>
        <source>Import</source>
        <translation>लाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="72"/>
        <source>Save here</source>
        <translation>यहाँ सहेजें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="103"/>
        <source>scans found (DICOMDIR)</source>
        <translation>स्कैन मिले (DICOMDIR)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="105"/>
        <source>no DICOMDIR: all files on it will be imported</source>
        <translation>कोई DICOMDIR नहीं: इस पर की सभी फ़ाइलें लाई जाएँगी</translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="106"/>
        <source>CD/DVD</source>
        <translation>CD/DVD</translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="101"/>
        <location filename="../../desktop/views/media_chooser.py" line="106"/>
        <source>USB stick or card</source>
        <translation>USB स्टिक या कार्ड</translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="117"/>
        <source>Choose the stick and press Save here.</source>
        <translation>स्टिक चुनें और &quot;यहाँ सहेजें&quot; दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="121"/>
        <source>Choose one and press Import. Insert another disc and press Look again.</source>
        <translation>एक चुनें और लाएँ दबाएँ। दूसरी डिस्क लगाएँ और फिर से देखें दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="127"/>
        <source>No USB stick found. Insert it, wait until the computer shows it, then press Look again. You can also choose a folder.</source>
        <translation>कोई USB स्टिक नहीं मिली। उसे लगाएँ, कंप्यूटर पर दिखने तक रुकें, फिर &quot;फिर से देखें&quot; दबाएँ। आप कोई फ़ोल्डर भी चुन सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/media_chooser.py" line="134"/>
        <source>No CD or USB stick found. Insert it, wait until the computer shows it, then press Look again. You can also use Import a folder.</source>
        <translation>कोई CD या USB स्टिक नहीं मिली। उसे लगाएँ, कंप्यूटर में दिखने तक रुकें, फिर फिर से देखें दबाएँ। आप फ़ोल्डर लाएँ का भी इस्तेमाल कर सकते हैं।</translation>
    </message>
</context>
<context>
    <name>OpenCarriedDialog</name>
    <message>
        <location filename="../../desktop/views/carry_dialogs.py" line="259"/>
        <source>Open a bundle from a USB stick</source>
        <translation>USB स्टिक से बंडल खोलें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/carry_dialogs.py" line="260"/>
        <source>File: %1</source>
        <translation>फ़ाइल: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/carry_dialogs.py" line="269"/>
        <source>Checking the case on the stick…</source>
        <translation>स्टिक पर रखे केस की जाँच हो रही है…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/carry_dialogs.py" line="291"/>
        <source>Reading from the stick: %1 of %2, %3</source>
        <translation>स्टिक से पढ़ा जा रहा है: %2 में से %1, %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/carry_dialogs.py" line="309"/>
        <source>Not opened: nothing was kept on this computer.</source>
        <translation>नहीं खोला गया: इस कंप्यूटर पर कुछ नहीं रखा गया।</translation>
    </message>
</context>
<context>
    <name>Overlays</name>
    <message>
        <location filename="../../desktop/viewers/overlays.py" line="57"/>
        <source>ID {value}</source>
        <translation>आईडी {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/overlays.py" line="61"/>
        <source>born {value}</source>
        <translation>जन्म {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/overlays.py" line="85"/>
        <source>series {value}</source>
        <translation>सीरीज़ {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/overlays.py" line="97"/>
        <source>Image {n} of {total}</source>
        <translation>चित्र {n}, कुल {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/overlays.py" line="100"/>
        <source>Frame {n} of {total}</source>
        <translation>फ़्रेम {n}, कुल {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/overlays.py" line="105"/>
        <source>Location {value} mm</source>
        <translation>स्थान {value} mm</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/overlays.py" line="107"/>
        <source>Thickness {value} mm</source>
        <translation>मोटाई {value} mm</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/overlays.py" line="111"/>
        <source>W {width} L {center}</source>
        <translation>W {width} L {center}</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/overlays.py" line="116"/>
        <source>Zoom {value}%</source>
        <translation>ज़ूम {value}%</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/overlays.py" line="119"/>
        <source>rotated {value}°</source>
        <translation>{value}° घुमाया</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/overlays.py" line="121"/>
        <source>flipped</source>
        <translation>पलटा गया</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/overlays.py" line="123"/>
        <source>inverted</source>
        <translation>उलटा गया</translation>
    </message>
</context>
<context>
    <name>PatientCheckDialog</name>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="48"/>
        <source>Check the patient before attaching</source>
        <translation>जोड़ने से पहले मरीज़ की जाँच करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="61"/>
        <source>Is this the same patient?</source>
        <translation>क्या यह वही मरीज़ है?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="138"/>
        <source>1 scan file names a patient whose details do not match this case.</source>
        <translation>1 स्कैन फ़ाइल में ऐसे मरीज़ का नाम है जिसका विवरण इस केस से मेल नहीं खाता।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="141"/>
        <source>%1 scan files name a patient whose details do not match this case.</source>
        <translation>%1 स्कैन फ़ाइलों में ऐसे मरीज़ का नाम है जिसका विवरण इस केस से मेल नहीं खाता।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="144"/>
        <source>They hold %1 different scans.</source>
        <translation>इनमें %1 अलग-अलग स्कैन हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="149"/>
        <source>Check with the patient or the CD cover. Attach them only if they are the same person.</source>
        <translation>मरीज़ से या CD के कवर से जाँचें। इन्हें तभी जोड़ें जब वे एक ही व्यक्ति हों।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="73"/>
        <source>In this case</source>
        <translation>इस केस में</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="58"/>
        <source>Check the scans before attaching</source>
        <translation>जोड़ने से पहले स्कैन जाँचें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="59"/>
        <source>Same patient, another centre&apos;s ID number</source>
        <translation>वही मरीज़, दूसरे केंद्र का आईडी नंबर</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="73"/>
        <source>On the scan</source>
        <translation>स्कैन पर</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="79"/>
        <source>age %1 (no birth date)</source>
        <translation>आयु %1 (जन्म तिथि नहीं)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="84"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="85"/>
        <source>Date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="86"/>
        <source>Patient ID</source>
        <translation>मरीज़ आईडी</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="87"/>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="90"/>
        <source>(not recorded)</source>
        <translation>(दर्ज नहीं)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="98"/>
        <source>Differs (normal)</source>
        <translation>अलग (सामान्य)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="101"/>
        <source>Differs</source>
        <translation>अलग</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="101"/>
        <source>Same</source>
        <translation>एक जैसा</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="122"/>
        <source>If you leave them out, none of these scan files are attached; the other files you chose are still imported.</source>
        <translation>अगर आप इन्हें छोड़ देते हैं, तो इनमें से कोई स्कैन फ़ाइल नहीं जोड़ी जाएगी; आपकी चुनी दूसरी फ़ाइलें फिर भी लाई जाएँगी।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="156"/>
        <source>The name and the date of birth on the scans match this case.</source>
        <translation>स्कैन पर नाम और जन्म तिथि इस केस से मेल खाते हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="159"/>
        <source>The name on the scans matches this case, and their date of birth fits the patient&apos;s age.</source>
        <translation>स्कैन पर नाम इस केस से मेल खाता है, और उनकी जन्म तिथि मरीज़ की आयु से मेल खाती है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="166"/>
        <source>Only the patient ID differs. That is normal: every hospital and scan centre gives patients its own ID number.</source>
        <translation>केवल मरीज़ आईडी अलग है। यह सामान्य है: हर अस्पताल और स्कैन केंद्र मरीज़ों को अपना आईडी नंबर देता है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="173"/>
        <source>Leave out</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="176"/>
        <source>Attach to this case</source>
        <translation>इस केस में जोड़ें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="188"/>
        <source>Same patient: attach</source>
        <translation>वही मरीज़: जोड़ें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/patient_check.py" line="191"/>
        <source>Not this patient: leave out</source>
        <translation>यह मरीज़ नहीं: छोड़ दें</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="89"/>
        <source>Report</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="106"/>
        <source>Opening…</source>
        <translation>खुल रहा है…</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="129"/>
        <source>Pages</source>
        <translation>पृष्ठ</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="132"/>
        <source>Show or hide the page thumbnails</source>
        <translation>पृष्ठों के छोटे चित्र दिखाएँ या छिपाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="136"/>
        <source>Smaller (Ctrl+minus)</source>
        <translation>छोटा (Ctrl+माइनस)</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="143"/>
        <source>Larger (Ctrl+plus)</source>
        <translation>बड़ा (Ctrl+प्लस)</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="145"/>
        <source>Fit width</source>
        <translation>चौड़ाई में फ़िट</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="154"/>
        <source>Find text</source>
        <translation>शब्द खोजें</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="161"/>
        <source>Previous match</source>
        <translation>पिछला मिलान</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="165"/>
        <source>Next match (Enter)</source>
        <translation>अगला मिलान (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="169"/>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="170"/>
        <source>Copy the selected text (drag over the text first)</source>
        <translation>चुना हुआ पाठ कॉपी करें (पहले पाठ पर माउस खींचें)</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="173"/>
        <source>Print…</source>
        <translation>प्रिंट करें…</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="180"/>
        <source>Page</source>
        <translation>पृष्ठ</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="252"/>
        <source>This report is locked with a password. Type the password to open it (labs often use the patient&apos;s date of birth or phone number).</source>
        <translation>यह रिपोर्ट पासवर्ड से बंद है। इसे खोलने के लिए पासवर्ड लिखें (लैब अक्सर मरीज़ की जन्म तिथि या फ़ोन नंबर रखती हैं)।</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="260"/>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="262"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="328"/>
        <source>That password is not correct. Try again.</source>
        <translation>यह पासवर्ड सही नहीं है। फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="362"/>
        <source>This PDF is damaged or incomplete, so it cannot be shown. The stored copy is kept as it was. Ask for the report again, or photograph the paper copy.</source>
        <translation>यह PDF ख़राब या अधूरी है, इसलिए दिखाई नहीं जा सकती। सहेजी गई प्रति जैसी थी वैसी रखी गई है। रिपोर्ट दोबारा माँगें, या काग़ज़ की प्रति का फ़ोटो लें।</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="366"/>
        <source>This PDF is locked with a kind of protection CaseBridge cannot open. Ask the lab for a copy without a password, or print it and photograph the paper.</source>
        <translation>यह PDF ऐसी सुरक्षा से बंद है जिसे CaseBridge नहीं खोल सकता। लैब से बिना पासवर्ड की प्रति माँगें, या इसे प्रिंट करके काग़ज़ का फ़ोटो लें।</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="369"/>
        <source>The PDF file cannot be found. Add it to the case again.</source>
        <translation>PDF फ़ाइल नहीं मिल रही। इसे केस में फिर से जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="370"/>
        <source>This PDF has no pages to show.</source>
        <translation>इस PDF में दिखाने के लिए कोई पृष्ठ नहीं है।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/viewers/pdf_viewer.py" line="384"/>
        <source>of %n</source>
        <translation>
            <numerusform>%n में से</numerusform>
            <numerusform>%n में से</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="570"/>
        <source>Not found</source>
        <translation>नहीं मिला</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/pdf_viewer.py" line="572"/>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/viewers/pdf_viewer.py" line="575"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n मिले</numerusform>
            <numerusform>%n मिले</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="224"/>
        <source>Photo</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="251"/>
        <source>Turn left</source>
        <translation>बाएँ घुमाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="253"/>
        <source>Turn right</source>
        <translation>दाएँ घुमाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="255"/>
        <source>Crop</source>
        <translation>काटें</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="257"/>
        <source>Drag a rectangle around the part to keep</source>
        <translation>जो हिस्सा रखना है उसके चारों ओर एक आयत खींचें</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="259"/>
        <source>Make text clearer</source>
        <translation>अक्षर साफ़ करें</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="262"/>
        <source>Grey picture with stronger contrast, for photographed paper reports</source>
        <translation>फ़ोटो खींची गई काग़ज़ी रिपोर्टों के लिए, ज़्यादा कंट्रास्ट वाला स्लेटी चित्र</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="265"/>
        <source>Undo</source>
        <translation>पूर्ववत करें</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="267"/>
        <source>Back to original</source>
        <translation>मूल पर वापस</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="271"/>
        <source>Smaller</source>
        <translation>छोटा</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="275"/>
        <source>Larger</source>
        <translation>बड़ा</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="277"/>
        <source>Fit</source>
        <translation>फ़िट</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="279"/>
        <source>Save as new version</source>
        <translation>नए संस्करण के रूप में सहेजें</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="307"/>
        <source>Opening the photo…</source>
        <translation>फ़ोटो खोला जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="385"/>
        <source>Not saved yet. Save as a new version; the original photo stays as it was.</source>
        <translation>अभी सहेजा नहीं गया। नए संस्करण के रूप में सहेजें; मूल फ़ोटो जैसा था वैसा रहता है।</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="448"/>
        <source>Saving the new version…</source>
        <translation>नया संस्करण सहेजा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/photo_viewer.py" line="457"/>
        <source>Saved as a new version. The original photo is kept unchanged.</source>
        <translation>नए संस्करण के रूप में सहेजा गया। मूल फ़ोटो बिना बदलाव के रखा गया है।</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="282"/>
        <source>Keep the key in this computer&apos;s keyring (recommended)</source>
        <translation>कुंजी इस कंप्यूटर के कीरिंग में रखें (सुझाया गया)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="283"/>
        <source>Nothing to type when CaseBridge starts; your computer login protects it.</source>
        <translation>CaseBridge शुरू होने पर कुछ लिखना नहीं पड़ता; आपका कंप्यूटर लॉगिन इसकी रक्षा करता है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="286"/>
        <source>Lock it with a passphrase</source>
        <translation>इसे पासफ़्रेज़ से बंद करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="288"/>
        <source>You type it each time CaseBridge starts. Without it nobody can read the cases, not even us: write it down and keep it in a safe place.</source>
        <translation>CaseBridge हर बार शुरू होने पर आप इसे लिखते हैं। इसके बिना कोई भी केस नहीं पढ़ सकता, हम भी नहीं: इसे लिखकर किसी सुरक्षित जगह रखें।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="294"/>
        <source>This computer has no secure keyring, so a passphrase you choose locks the data. You type it each time CaseBridge starts. Write it down and keep it safe.</source>
        <translation>इस कंप्यूटर में कोई सुरक्षित कीरिंग नहीं है, इसलिए आपका चुना पासफ़्रेज़ डेटा को बंद करता है। CaseBridge हर बार शुरू होने पर आप इसे लिखते हैं। इसे लिखकर सुरक्षित रखें।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="311"/>
        <source>Passphrase (at least 8 characters)</source>
        <translation>पासफ़्रेज़ (कम से कम 8 अक्षर)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="312"/>
        <source>Type the same passphrase again</source>
        <translation>वही पासफ़्रेज़ फिर से लिखें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="332"/>
        <source>How the cases are protected</source>
        <translation>केस कैसे सुरक्षित रखे जाते हैं</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="336"/>
        <source>Every case on this computer is encrypted, and the key must be kept somewhere safe.</source>
        <translation>इस कंप्यूटर का हर केस एन्क्रिप्टेड है, और कुंजी किसी सुरक्षित जगह रखनी होती है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="377"/>
        <source>The cases on this computer are already locked with your passphrase.</source>
        <translation>इस कंप्यूटर के केस पहले से आपके पासफ़्रेज़ से बंद हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="378"/>
        <source>The key of the cases on this computer is already in its keyring.</source>
        <translation>इस कंप्यूटर के केसों की कुंजी पहले से इसके कीरिंग में है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="431"/>
        <source>Setting up the encrypted store…</source>
        <translation>केस सुरक्षित रखने की एन्क्रिप्टेड जगह तैयार की जा रही है…</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="99"/>
        <source>Add another question</source>
        <translation>एक और प्रश्न जोड़ें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="129"/>
        <source>For example: Is surgery needed, or can this be treated with medicines?</source>
        <translation>जैसे: क्या ऑपरेशन ज़रूरी है, या इसका इलाज दवाओं से हो सकता है?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="136"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
</context>
<context>
    <name>ReceiverControls</name>
    <message>
        <location filename="../../desktop/views/receiver_controls.py" line="44"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../desktop/views/receiver_controls.py" line="91"/>
        <source>● Receiving images as %1 on port %2</source>
        <translation>● %1 के रूप में पोर्ट %2 पर चित्र मिल रहे हैं</translation>
    </message>
    <message>
        <location filename="../../desktop/views/receiver_controls.py" line="95"/>
        <source>Scanners on this network can send images here.</source>
        <translation>इस नेटवर्क के स्कैनर यहाँ चित्र भेज सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/receiver_controls.py" line="98"/>
        <source>Not receiving images: see Settings</source>
        <translation>चित्र नहीं मिल रहे: सेटिंग्स देखें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/receiver_controls.py" line="108"/>
        <source>Incoming images (%1)</source>
        <translation>आने वाले चित्र (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/receiver_controls.py" line="110"/>
        <source>Incoming images</source>
        <translation>आने वाले चित्र</translation>
    </message>
    <message>
        <location filename="../../desktop/views/receiver_controls.py" line="125"/>
        <source>Images received into the chosen case.</source>
        <translation>चित्र चुने गए केस में मिले।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/receiver_controls.py" line="130"/>
        <source>Images received: see Incoming images.</source>
        <translation>चित्र मिले: आने वाले चित्र देखें।</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../desktop/views/recovery_key_dialog.py" line="82"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recovery_key_dialog.py" line="84"/>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../desktop/views/first_run/recovery_page.py" line="35"/>
        <source>The cases on this computer already have a recovery key. You can make a new one in Settings.</source>
        <translation>इस कंप्यूटर के केसों की रिकवरी कुंजी पहले से बनी हुई है। नई कुंजी आप सेटिंग्स में बना सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/recovery_page.py" line="44"/>
        <source>Copy these 8 groups onto paper or print them. Keep the paper locked away, apart from this computer and from the backup stick.</source>
        <translation>ये 8 समूह काग़ज़ पर लिख लें या प्रिंट कर लें। उस काग़ज़ को ताले में रखें, इस कंप्यूटर और बैकअप स्टिक से अलग।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/recovery_page.py" line="64"/>
        <source>If this computer breaks or the passphrase is forgotten, only this key opens the cases and their backups.</source>
        <translation>अगर यह कंप्यूटर ख़राब हो जाए या पासफ़्रेज़ भूल जाएँ, तो सिर्फ़ यही कुंजी केस और उनके बैकअप खोलती है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/recovery_page.py" line="96"/>
        <source>Tick the box once the key is written down or printed.</source>
        <translation>कुंजी लिखने या प्रिंट करने के बाद बॉक्स पर टिक करें।</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <location filename="../../desktop/views/first_run/restore_page.py" line="84"/>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/restore_page.py" line="92"/>
        <location filename="../../desktop/views/first_run/restore_page.py" line="208"/>
        <source>The backup folder or USB stick</source>
        <translation>बैकअप वाला फ़ोल्डर या USB स्टिक</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/restore_page.py" line="106"/>
        <source>Recovery key</source>
        <translation>रिकवरी कुंजी</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/restore_page.py" line="108"/>
        <location filename="../../desktop/views/first_run/restore_page.py" line="260"/>
        <source>The 8 groups of 5 as printed; small letters and spaces are fine.</source>
        <translation>छपे काग़ज़ जैसे 5-5 अक्षरों के 8 समूह; छोटे अक्षर और खाली जगह भी चलेंगे।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/restore_page.py" line="114"/>
        <source>This computer has no secure keyring, so a passphrase you choose locks the restored cases. You type it each time CaseBridge starts. Write it down and keep it safe.</source>
        <translation>इस कंप्यूटर में कोई सुरक्षित कीरिंग नहीं है, इसलिए आपका चुना पासफ़्रेज़ वापस लाए गए केसों को बंद करता है। CaseBridge हर बार शुरू होने पर आप इसे लिखते हैं। इसे लिखकर सुरक्षित रखें।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/restore_page.py" line="125"/>
        <source>New passphrase (at least 8 characters)</source>
        <translation>नया पासफ़्रेज़ (कम से कम 8 अक्षर)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/restore_page.py" line="126"/>
        <source>Type the same passphrase again</source>
        <translation>वही पासफ़्रेज़ फिर से लिखें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/restore_page.py" line="140"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/restore_page.py" line="150"/>
        <source>Restore from a backup</source>
        <translation>बैकअप से वापस लाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/restore_page.py" line="154"/>
        <source>The cases come back as they were at the last backup, on this computer, with the recovery key printed when CaseBridge was set up.</source>
        <translation>CaseBridge लगाते समय छपी रिकवरी कुंजी से, केस इस कंप्यूटर पर वैसे ही वापस आते हैं जैसे आख़िरी बैकअप के समय थे।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/restore_page.py" line="162"/>
        <source>Restore</source>
        <translation>वापस लाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/restore_page.py" line="242"/>
        <source>Found: the backup of %1 (%2). The recovery key opens it.</source>
        <translation>मिला: %1 का बैकअप (%2)। इसे रिकवरी कुंजी खोलती है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/restore_page.py" line="247"/>
        <source>Found: the backup of %1, with 1 case.</source>
        <translation>मिला: %1 का बैकअप, 1 केस के साथ।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/restore_page.py" line="249"/>
        <source>Found: the backup of %1, with %2 cases.</source>
        <translation>मिला: %1 का बैकअप, %2 केसों के साथ।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/restore_page.py" line="273"/>
        <source>Choose the folder or USB stick that holds the backup.</source>
        <translation>वह फ़ोल्डर या USB स्टिक चुनें जिसमें बैकअप है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/restore_page.py" line="305"/>
        <source>Read as %1 (capital letters and dashes put in).</source>
        <translation>%1 पढ़ा गया (बड़े अक्षर और डैश लगाए गए)।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/restore_page.py" line="295"/>
        <source>Checking the recovery key…</source>
        <translation>रिकवरी कुंजी जाँची जा रही है…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/restore_page.py" line="356"/>
        <source>Restoring…</source>
        <translation>वापस लाया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/restore_page.py" line="372"/>
        <source>Opening the restored cases…</source>
        <translation>वापस लाए गए केस खोले जा रहे हैं…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/restore_page.py" line="382"/>
        <source>Restoring: %1 of %2, %3</source>
        <translation>वापस लाया जा रहा है: %2 में से %1, %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/restore_page.py" line="416"/>
        <source>Restored. The cases are back on this computer. Click Finish to start.</source>
        <translation>वापस आ गया। केस इस कंप्यूटर पर लौट आए हैं। शुरू करने के लिए “पूरा करें” दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/restore_page.py" line="444"/>
        <source>Restore cancelled. Nothing was restored; the backup is unchanged.</source>
        <translation>वापस लाना रद्द हुआ। कुछ भी वापस नहीं लाया गया; बैकअप जैसा था वैसा है।</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="195"/>
        <source>A clinic</source>
        <translation>एक क्लिनिक</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="196"/>
        <source>We register patients and send their cases to a specialist for an opinion.</source>
        <translation>हम मरीज़ों को दर्ज करते हैं और उनके केस राय के लिए विशेषज्ञ को भेजते हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="199"/>
        <source>A specialist</source>
        <translation>एक विशेषज्ञ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="200"/>
        <source>I review the cases sent to me and write my opinion.</source>
        <translation>मैं अपने पास भेजे गए केस देखता/देखती हूँ और अपनी राय लिखता/लिखती हूँ।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="204"/>
        <source>Restore from a backup</source>
        <translation>बैकअप से वापस लाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="206"/>
        <source>This computer replaces one that broke or was lost: bring back the clinic&apos;s cases from the backup stick with the recovery key.</source>
        <translation>यह कंप्यूटर ख़राब हुए या खोए कंप्यूटर की जगह ले रहा है: क्लिनिक के केस बैकअप स्टिक से रिकवरी कुंजी के साथ वापस लाएँ।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="242"/>
        <source>What is this computer for?</source>
        <translation>यह कंप्यूटर किस काम के लिए है?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="245"/>
        <source>A clinic&apos;s computer and a specialist&apos;s computer show different screens.</source>
        <translation>क्लिनिक और विशेषज्ञ के कंप्यूटर अलग-अलग स्क्रीन दिखाते हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run/pages.py" line="256"/>
        <source>Choose one of these.</source>
        <translation>इनमें से एक चुनें।</translation>
    </message>
</context>
<context>
    <name>SaveToStickDialog</name>
    <message>
        <location filename="../../desktop/views/carry_dialogs.py" line="161"/>
        <location filename="../../desktop/views/carry_dialogs.py" line="190"/>
        <source>Save to USB stick</source>
        <translation>USB स्टिक में सहेजें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/carry_dialogs.py" line="163"/>
        <source>The case %1 is saved sealed, exactly as it waits to be sent: only the opinion service can open it. Take the stick to a clinic whose CaseBridge is connected and open the file there; that computer sends it on.</source>
        <translation>केस %1 सील बंद ही सहेजा जाता है, ठीक वैसा जैसा वह भेजे जाने की प्रतीक्षा में है: उसे केवल राय सेवा खोल सकती है। स्टिक को ऐसे क्लिनिक ले जाएँ जिसका CaseBridge इंटरनेट से जुड़ा हो और फ़ाइल वहाँ खोलें; वही कंप्यूटर इसे आगे भेज देगा।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/carry_dialogs.py" line="173"/>
        <source>Choose the USB stick…</source>
        <translation>USB स्टिक चुनें…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/carry_dialogs.py" line="176"/>
        <source>Choose a folder…</source>
        <translation>फ़ोल्डर चुनें…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/carry_dialogs.py" line="220"/>
        <source>Saving: %1 of %2, %3</source>
        <translation>सहेजा जा रहा है: %2 में से %1, %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/carry_dialogs.py" line="240"/>
        <source>Not saved: nothing was left on the stick. The case is still queued.</source>
        <translation>सहेजा नहीं गया: स्टिक पर कुछ नहीं छोड़ा गया। केस अब भी भेजने की कतार में है।</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <location filename="../../desktop/screen_lock.py" line="133"/>
        <source>Lock</source>
        <translation>लॉक</translation>
    </message>
    <message>
        <location filename="../../desktop/screen_lock.py" line="135"/>
        <source>Hide the cases until the passphrase or a PIN is typed (Ctrl+L)</source>
        <translation>पासफ़्रेज़ या PIN लिखे जाने तक केस छिपाएँ (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/screen_lock.py" line="188"/>
        <source>Working: %1</source>
        <translation>काम कर रहे हैं: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screen_lock.py" line="252"/>
        <source>CaseBridge (locked)</source>
        <translation>CaseBridge (लॉक)</translation>
    </message>
</context>
<context>
    <name>SeriesStrip</name>
    <message>
        <location filename="../../desktop/viewers/series_strip.py" line="73"/>
        <source>Series</source>
        <translation>सीरीज़</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/series_strip.py" line="89"/>
        <source>Series {n}</source>
        <translation>सीरीज़ {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/series_strip.py" line="90"/>
        <source>{modality} · {n} images</source>
        <translation>{modality} · {n} चित्र</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/series_strip.py" line="130"/>
        <source>(no preview)</source>
        <translation>(पूर्वावलोकन नहीं)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="79"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="104"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="106"/>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="123"/>
        <source>Receive images from a modality</source>
        <translation>किसी मशीन से चित्र प्राप्त करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="126"/>
        <source>CaseBridge can receive images sent straight from a scanner, X-ray or ultrasound machine on this clinic&apos;s network (DICOM send). Images arrive encrypted; nothing is sent out.</source>
        <translation>CaseBridge इस क्लिनिक के नेटवर्क पर स्कैनर, एक्स-रे या अल्ट्रासाउंड मशीन से सीधे भेजे गए चित्र प्राप्त कर सकता है (DICOM send)। चित्र एन्क्रिप्ट होकर आते हैं; बाहर कुछ नहीं भेजा जाता।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="133"/>
        <source>Receive images on this computer</source>
        <translation>इस कंप्यूटर पर चित्र प्राप्त करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="140"/>
        <source>Name of this computer (AE title)</source>
        <translation>इस कंप्यूटर का नाम (AE title)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="142"/>
        <source>Up to 16 letters or digits; the scanner must use the same name.</source>
        <translation>अधिकतम 16 अक्षर या अंक; स्कैनर में भी यही नाम होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="147"/>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="149"/>
        <source>1024 to 65535; 11112 is usual.</source>
        <translation>1024 से 65535; आमतौर पर 11112।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="153"/>
        <source>Put received images in</source>
        <translation>मिले चित्र यहाँ रखें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="156"/>
        <source>The incoming tray keeps them until you file them to a case. Images of a different patient always wait in the tray.</source>
        <translation>आने वाली ट्रे उन्हें तब तक रखती है जब तक आप उन्हें किसी केस में न रखें। किसी दूसरे मरीज़ के चित्र हमेशा ट्रे में प्रतीक्षा करते हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="161"/>
        <source>for example CT_ROOM1, XRAY2</source>
        <translation>जैसे CT_ROOM1, XRAY2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="163"/>
        <source>Names of this clinic&apos;s machines (optional)</source>
        <translation>इस क्लिनिक की मशीनों के नाम (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="166"/>
        <source>Images from other machines are still received, and marked as from an unknown machine.</source>
        <translation>दूसरी मशीनों के चित्र भी मिलते हैं, और अज्ञात मशीन से आए चिह्नित होते हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="204"/>
        <source>The incoming tray (file them later)</source>
        <translation>आने वाली ट्रे (बाद में रखें)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="206"/>
        <source>(no name yet)</source>
        <translation>(अभी कोई नाम नहीं)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="217"/>
        <source>A case that no longer exists</source>
        <translation>ऐसा केस जो अब मौजूद नहीं है</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="256"/>
        <source>(see this computer&apos;s network settings)</source>
        <translation>(इस कंप्यूटर की नेटवर्क सेटिंग्स देखें)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="258"/>
        <source>On the scanner, add this computer as a destination:
IP address: %1    Port: %2    AE title: %3</source>
        <translation>स्कैनर में इस कंप्यूटर को गंतव्य के रूप में जोड़ें:
IP पता: %1    पोर्ट: %2    AE title: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="268"/>
        <source>Receiving now: listening as %1 on port %2.</source>
        <translation>अभी प्राप्त हो रहे हैं: %1 के रूप में पोर्ट %2 पर सुन रहा है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="276"/>
        <source>Receiving is switched off.</source>
        <translation>चित्र प्राप्त करना बंद है।</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="97"/>
        <source>Review and send</source>
        <translation>देखें और भेजें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="114"/>
        <source>Reading the case…</source>
        <translation>केस पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="124"/>
        <source>Untick the scan series the specialist does not need: a smaller case reaches them sooner on a slow link.</source>
        <translation>जिन स्कैन सीरीज़ की विशेषज्ञ को ज़रूरत नहीं है, उनका निशान हटाएँ: धीमे नेटवर्क पर छोटा केस जल्दी पहुँचता है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="134"/>
        <source>What will be sent</source>
        <translation>क्या भेजा जाएगा</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="134"/>
        <source>Key images</source>
        <translation>मुख्य चित्र</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="134"/>
        <source>Files</source>
        <translation>फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="134"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="144"/>
        <source>Tick all series</source>
        <translation>सभी सीरीज़ पर निशान लगाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="146"/>
        <source>Only series with key images</source>
        <translation>केवल मुख्य चित्रों वाली सीरीज़</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="161"/>
        <source>Scans are compressed without loss before sending, so it may be less.</source>
        <translation>भेजने से पहले स्कैन बिना किसी नुक़सान के कंप्रेस किए जाते हैं, इसलिए आकार कम हो सकता है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="176"/>
        <source>On 2G (50 kbit/s)</source>
        <translation>2G पर (50 kbit/s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="177"/>
        <source>On 3G (1 Mbit/s)</source>
        <translation>3G पर (1 Mbit/s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="191"/>
        <source>Send without the patient&apos;s identity (de-identify)</source>
        <translation>मरीज़ की पहचान के बिना भेजें (पहचान हटाएँ)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="202"/>
        <source>Sent to</source>
        <translation>किसे भेजा</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="209"/>
        <source>Enroll with an opinion service…</source>
        <translation>राय सेवा में नामांकन करें…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="226"/>
        <location filename="../../desktop/views/submit_dialog.py" line="490"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="228"/>
        <source>Prepare and queue for sending</source>
        <translation>तैयार करें और भेजने की कतार में लगाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="250"/>
        <source>New patient</source>
        <translation>नया मरीज़</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="251"/>
        <source>Review what will be sent for %1</source>
        <translation>%1 के लिए क्या भेजा जाएगा, देखें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="270"/>
        <source>Scans</source>
        <translation>स्कैन</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="274"/>
        <source>Study</source>
        <translation>स्टडी</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="281"/>
        <source>Series %1 · %2</source>
        <translation>सीरीज़ %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="306"/>
        <source>Reports and documents</source>
        <translation>रिपोर्ट और दस्तावेज़</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="307"/>
        <source>Photos</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="308"/>
        <source>Other files</source>
        <translation>अन्य फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="325"/>
        <source>Left out: names are printed on reports and photos</source>
        <translation>छोड़ दिए गए: रिपोर्टों और फ़ोटो पर नाम छपे होते हैं</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="337"/>
        <source>1 key image marked: it goes with its series</source>
        <translation>1 मुख्य चित्र चिह्नित: वह अपनी सीरीज़ के साथ जाता है</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="339"/>
        <source>%1 key images marked: they go with their series</source>
        <translation>%1 मुख्य चित्र चिह्नित: वे अपनी सीरीज़ के साथ जाते हैं</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="345"/>
        <source>No scans, reports or photos: only the form is sent</source>
        <translation>कोई स्कैन, रिपोर्ट या फ़ोटो नहीं: केवल फ़ॉर्म भेजा जाएगा</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="356"/>
        <source>1 image</source>
        <translation>1 चित्र</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="356"/>
        <source>%1 images</source>
        <translation>%1 चित्र</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="417"/>
        <source>%1 files, up to %2</source>
        <translation>%1 फ़ाइलें, अधिकतम %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="424"/>
        <source>On this clinic&apos;s link (%1)</source>
        <translation>इस क्लिनिक के नेटवर्क पर (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="428"/>
        <source>On this clinic&apos;s link</source>
        <translation>इस क्लिनिक के नेटवर्क पर</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="429"/>
        <source>not measured yet (measured when cases are sent)</source>
        <translation>अभी नापा नहीं गया (केस भेजते समय नापा जाता है)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="433"/>
        <source>Names, IDs and dates are removed from the scans. Reports and photos are left out, because names are printed on them. The specialist will not know who the patient is.</source>
        <translation>स्कैन से नाम, आईडी और तारीख़ें हटा दी जाती हैं। रिपोर्ट और फ़ोटो छोड़ दिए जाते हैं, क्योंकि उन पर नाम छपे होते हैं। विशेषज्ञ को पता नहीं चलेगा कि मरीज़ कौन है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="441"/>
        <source>Off: the specialist sees the patient&apos;s name and details, as a second opinion needs. Switch on only when the recipient must not know the patient.</source>
        <translation>बंद: विशेषज्ञ मरीज़ का नाम और विवरण देखते हैं, जैसा दूसरी राय के लिए ज़रूरी है। इसे तभी चालू करें जब पाने वाले को मरीज़ का पता नहीं चलना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="447"/>
        <source>No scan series is ticked: only reports and photos go.</source>
        <translation>किसी स्कैन सीरीज़ पर निशान नहीं है: केवल रिपोर्ट और फ़ोटो जाएँगे।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="454"/>
        <source>The opinion service at %1</source>
        <translation>%1 पर राय सेवा</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="455"/>
        <source>Its key fingerprint: %1</source>
        <translation>इसकी कुंजी की पहचान (फ़िंगरप्रिंट): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="464"/>
        <source>This computer is not enrolled with an opinion service yet, so the case cannot be sent. Enroll with the address and code the service gave you.</source>
        <translation>यह कंप्यूटर अभी किसी राय सेवा में नामांकित नहीं है, इसलिए केस नहीं भेजा जा सकता। सेवा से मिले पते और कोड से नामांकन करें।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="476"/>
        <source>Preparing the case for sending (encrypted)…</source>
        <translation>केस भेजने के लिए तैयार किया जा रहा है (एन्क्रिप्टेड)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="486"/>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="486"/>
        <source>Time left</source>
        <translation>बचा समय</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="533"/>
        <location filename="../../desktop/views/submit_dialog.py" line="534"/>
        <source>Stopping…</source>
        <translation>रोका जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="546"/>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="552"/>
        <source>working it out…</source>
        <translation>हिसाब लगाया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="590"/>
        <source>Image</source>
        <translation>चित्र</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="590"/>
        <source>Look at it because</source>
        <translation>इसे देखें क्योंकि</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="596"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="608"/>
        <source>Queued for sending. CaseBridge sends it as soon as there is a connection; you can close this window and keep working.</source>
        <translation>भेजने की कतार में लगा दिया गया। कनेक्शन मिलते ही CaseBridge इसे भेज देगा; आप यह विंडो बंद करके काम जारी रख सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="613"/>
        <source>Encrypted size: %1</source>
        <translation>एन्क्रिप्टेड आकार: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="617"/>
        <source>On 2G (50 kbit/s): %1</source>
        <translation>2G पर (50 kbit/s): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="623"/>
        <source>On this clinic&apos;s link: %1</source>
        <translation>इस क्लिनिक के नेटवर्क पर: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="630"/>
        <source>Left out (names are printed on them): %1 reports or photos</source>
        <translation>छोड़ दिए गए (इन पर नाम छपे हैं): %1 रिपोर्ट या फ़ोटो</translation>
    </message>
    <message>
        <location filename="../../desktop/views/submit_dialog.py" line="644"/>
        <source>These images may have the patient&apos;s name written into the picture. Open them in the case and look before the specialist does:</source>
        <translation>इन चित्रों में मरीज़ का नाम चित्र के अंदर लिखा हो सकता है। इन्हें केस में खोलकर विशेषज्ञ से पहले देख लें:</translation>
    </message>
</context>
<context>
    <name>SyncControls</name>
    <message>
        <location filename="../../desktop/views/sync_controls.py" line="45"/>
        <source>Sending</source>
        <translation>भेजना</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_controls.py" line="48"/>
        <source>Enroll…</source>
        <translation>नामांकन…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_controls.py" line="49"/>
        <source>Enroll with an opinion service</source>
        <translation>राय सेवा में नामांकन करें</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="173"/>
        <location filename="../../desktop/views/sync_indicator.py" line="201"/>
        <source>Click to see what is being sent and received</source>
        <translation>क्या भेजा और प्राप्त किया जा रहा है, देखने के लिए क्लिक करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="204"/>
        <source>A case marked ready goes only after Review and send: open it and click Review and send.</source>
        <translation>तैयार चिह्नित केस देखें और भेजें के बाद ही जाता है: उसे खोलें और देखें और भेजें पर क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="214"/>
        <source>Not set up to send cases: click Enroll</source>
        <translation>केस भेजने के लिए सेट नहीं: नामांकन पर क्लिक करें</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="118"/>
        <source>Sending and receiving</source>
        <translation>भेजना और प्राप्त करना</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="127"/>
        <location filename="../../desktop/views/sync_panel.py" line="431"/>
        <source>Pause sending</source>
        <translation>भेजना रोकें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="129"/>
        <source>Send now</source>
        <translation>अभी भेजें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="131"/>
        <source>Try again at once instead of waiting</source>
        <translation>प्रतीक्षा करने के बजाय तुरंत फिर से कोशिश करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="148"/>
        <location filename="../../desktop/views/sync_panel.py" line="289"/>
        <source>No cases waiting to be sent.</source>
        <translation>भेजने के लिए कोई केस प्रतीक्षा में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="156"/>
        <source>Case</source>
        <translation>केस</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="157"/>
        <location filename="../../desktop/views/sync_panel.py" line="181"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="158"/>
        <location filename="../../desktop/views/sync_panel.py" line="181"/>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="159"/>
        <location filename="../../desktop/views/sync_panel.py" line="181"/>
        <location filename="../../desktop/views/sync_panel.py" line="402"/>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="160"/>
        <source>Tries</source>
        <translation>कोशिशें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="161"/>
        <source>Last problem</source>
        <translation>पिछली समस्या</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="176"/>
        <source>Files of the chosen case</source>
        <translation>चुने गए केस की फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="181"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="206"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="311"/>
        <source>Case %1</source>
        <translation>केस %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="264"/>
        <source>Opinion received</source>
        <translation>राय मिली</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="195"/>
        <source>Save to USB stick…</source>
        <translation>USB स्टिक में सहेजें…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="197"/>
        <source>Carry the chosen case to a connected clinic; it also stays queued here</source>
        <translation>चुना हुआ केस इंटरनेट से जुड़े क्लिनिक तक ले जाएँ; यह यहाँ भी भेजने की कतार में रहता है</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="202"/>
        <source>Open a bundle from a USB stick…</source>
        <translation>USB स्टिक से बंडल खोलें…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="268"/>
        <source>Opinion kept out</source>
        <translation>राय बाहर रखी गई</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="332"/>
        <source>Open a bundle from a USB stick</source>
        <translation>USB स्टिक से बंडल खोलें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="334"/>
        <source>CaseBridge bundles (*.cbundle)</source>
        <translation>CaseBridge बंडल (*.cbundle)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="356"/>
        <source>Case details and index</source>
        <translation>केस का विवरण और सूची</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="382"/>
        <source>Files of %1</source>
        <translation>%1 की फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="382"/>
        <source>the chosen case</source>
        <translation>चुना गया केस</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="402"/>
        <source>Sending</source>
        <translation>भेजना</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="402"/>
        <source>Waiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="431"/>
        <source>Resume sending</source>
        <translation>भेजना फिर शुरू करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="433"/>
        <source>This computer is not enrolled with an opinion service.</source>
        <translation>यह कंप्यूटर किसी राय सेवा में नामांकित नहीं है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="436"/>
        <source>Use Enroll… in the toolbar with the address and code the service gave you.</source>
        <translation>सेवा से मिले पते और कोड के साथ टूलबार में नामांकन… का इस्तेमाल करें।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="445"/>
        <source>Starting…</source>
        <translation>शुरू हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="448"/>
        <source>Now sending %1: %2 of %3</source>
        <translation>अभी %1 भेजा जा रहा है: %3 में से %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="454"/>
        <source>Now receiving %1: %2 of %3, %4</source>
        <translation>अभी %1 प्राप्त हो रहा है: %3 में से %2, %4</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="459"/>
        <source>Nothing is sent until you click Resume sending.</source>
        <translation>जब तक आप भेजना फिर शुरू करें पर क्लिक नहीं करते, कुछ नहीं भेजा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="461"/>
        <source>The next try is %1. Click Send now to try at once.</source>
        <translation>अगली कोशिश %1 है। तुरंत कोशिश करने के लिए अभी भेजें पर क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="468"/>
        <source>Last problem: %1</source>
        <translation>पिछली समस्या: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="479"/>
        <source>soon</source>
        <translation>जल्द ही</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="481"/>
        <source>now</source>
        <translation>अभी</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="482"/>
        <source>in %1</source>
        <translation>%1 में</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="36"/>
        <source>1 case waiting to be sent</source>
        <translation>1 केस भेजे जाने की प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="37"/>
        <source>%1 cases waiting to be sent</source>
        <translation>%1 केस भेजे जाने की प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="42"/>
        <source>1 opinion waiting to be sent</source>
        <translation>1 राय भेजे जाने की प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="43"/>
        <source>%1 opinions waiting to be sent</source>
        <translation>%1 राय भेजे जाने की प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="49"/>
        <source>no case waiting for your opinion</source>
        <translation>कोई केस आपकी राय की प्रतीक्षा में नहीं</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="51"/>
        <source>1 case waiting for your opinion</source>
        <translation>1 केस आपकी राय की प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="52"/>
        <source>%1 cases waiting for your opinion</source>
        <translation>%1 केस आपकी राय की प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="63"/>
        <source>1 question to answer</source>
        <translation>1 प्रश्न का उत्तर देना है</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="64"/>
        <source>%1 questions to answer</source>
        <translation>%1 प्रश्नों का उत्तर देना है</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="87"/>
        <source>1 case ready, not sent yet</source>
        <translation>1 केस तैयार, अभी नहीं भेजा गया</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="88"/>
        <source>%1 cases ready, not sent yet</source>
        <translation>%1 केस तैयार, अभी नहीं भेजे गए</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="94"/>
        <source>1 case to receive</source>
        <translation>1 केस प्राप्त करना है</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="95"/>
        <source>%1 cases to receive</source>
        <translation>%1 केस प्राप्त करने हैं</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="101"/>
        <source>✉ A new opinion arrived</source>
        <translation>✉ एक नई राय आई है</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="102"/>
        <source>✉ %1 new opinions arrived</source>
        <translation>✉ %1 नई राय आई हैं</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="124"/>
        <source>↑ Sending %1% · %2 · %3</source>
        <translation>↑ भेजा जा रहा है %1% · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="129"/>
        <source>↓ Receiving %1% · %2 · %3</source>
        <translation>↓ प्राप्त हो रहा है %1% · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="137"/>
        <source>❚❚ Sending paused</source>
        <translation>❚❚ भेजना रुका हुआ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="142"/>
        <source>○ Offline</source>
        <translation>○ ऑफ़लाइन</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="147"/>
        <source>Waiting to send</source>
        <translation>भेजने की प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="149"/>
        <source>⚠ %1 · see Sending</source>
        <translation>⚠ %1 · भेजना देखें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="157"/>
        <source>● Online · %1</source>
        <translation>● ऑनलाइन · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_indicator.py" line="162"/>
        <source>● Online · all cases sent</source>
        <translation>● ऑनलाइन · सभी केस भेजे गए</translation>
    </message>
</context>
<context>
    <name>TagBrowser</name>
    <message>
        <location filename="../../desktop/viewers/tag_browser.py" line="77"/>
        <source>DICOM tags: {title}</source>
        <translation>DICOM टैग: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/tag_browser.py" line="81"/>
        <source>Search tags: number, name or value</source>
        <translation>टैग खोजें: नंबर, नाम या मान</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/tag_browser.py" line="86"/>
        <source>Tag</source>
        <translation>टैग</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/tag_browser.py" line="86"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/tag_browser.py" line="86"/>
        <source>VR</source>
        <translation>VR</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/tag_browser.py" line="86"/>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/tag_browser.py" line="126"/>
        <source>1 tag shown</source>
        <translation>1 टैग दिखाया गया</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/tag_browser.py" line="128"/>
        <source>{n} tags shown</source>
        <translation>{n} टैग दिखाए गए</translation>
    </message>
</context>
<context>
    <name>TimelineEditor</name>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="193"/>
        <source>No entries yet. Add when each symptom started or changed.</source>
        <translation>अभी कोई प्रविष्टि नहीं। हर लक्षण कब शुरू हुआ या बदला, जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="198"/>
        <source>15/03/2024, or 03/2024</source>
        <translation>15/03/2024, या 03/2024</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="202"/>
        <source>For example: Cough with blood began</source>
        <translation>जैसे: खाँसी में ख़ून आना शुरू हुआ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="213"/>
        <location filename="../../desktop/views/case_editor.py" line="266"/>
        <source>Add to timeline</source>
        <translation>समय-रेखा में जोड़ें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="214"/>
        <source>Change selected</source>
        <translation>चुनी हुई बदलें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="215"/>
        <source>Delete selected</source>
        <translation>चुनी हुई हटाएँ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="216"/>
        <source>Cancel change</source>
        <translation>बदलाव रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_editor.py" line="257"/>
        <source>Save change</source>
        <translation>बदलाव सहेजें</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../desktop/views/trash_view.py" line="86"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop/views/trend_chart.py" line="72"/>
        <source>Choose a result to see how it changed across reports.</source>
        <translation>कोई परिणाम चुनें, यह देखने के लिए कि वह रिपोर्टों में कैसे बदला।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trend_chart.py" line="74"/>
        <source>Only one %1 result in this case, so there is no trend yet.</source>
        <translation>इस केस में %1 का केवल एक परिणाम है, इसलिए अभी कोई रुझान नहीं है।</translation>
    </message>
    <message>
        <location filename="../../desktop/views/trend_chart.py" line="129"/>
        <source>normal range</source>
        <translation>सामान्य सीमा</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/views/unlock.py" line="86"/>
        <source>Unlock CaseBridge</source>
        <translation>CaseBridge खोलें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unlock.py" line="87"/>
        <source>Type your CaseBridge passphrase</source>
        <translation>अपना CaseBridge पासफ़्रेज़ लिखें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unlock.py" line="92"/>
        <source>Your cases are encrypted on this computer. The passphrase unlocks them. It is the one chosen when CaseBridge was first started here.</source>
        <translation>आपके केस इस कंप्यूटर पर एन्क्रिप्टेड हैं। पासफ़्रेज़ उन्हें खोलता है। यह वही है जो यहाँ CaseBridge पहली बार शुरू करते समय चुना गया था।</translation>
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
        <translation>पहले पासफ़्रेज़ लिखें।</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="72"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>ViewerLauncher</name>
    <message>
        <location filename="../../desktop/viewers/launcher.py" line="118"/>
        <source>Mark this image as one of your key images, with a note (kept on this computer beside the case)</source>
        <translation>इस चित्र को एक नोट के साथ अपने मुख्य चित्रों में चिह्नित करें (इस कंप्यूटर पर केस के साथ रखा जाता है)</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/launcher.py" line="136"/>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
</context>
<context>
    <name>Viewport</name>
    <message>
        <location filename="../../desktop/viewers/viewport.py" line="35"/>
        <source>an unknown form</source>
        <translation>एक अज्ञात रूप</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/viewport.py" line="71"/>
        <source>Image in series</source>
        <translation>सीरीज़ में चित्र</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/viewport.py" line="72"/>
        <source>Choose a series on the left to show it here.</source>
        <translation>इसे यहाँ दिखाने के लिए बाईं ओर से कोई सीरीज़ चुनें।</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/viewport.py" line="112"/>
        <location filename="../../desktop/viewers/viewport.py" line="224"/>
        <location filename="../../desktop/viewers/viewport.py" line="226"/>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../desktop/viewers/viewport.py" line="241"/>
        <source>The other images of this series can still be shown.</source>
        <translation>इस सीरीज़ के बाक़ी चित्र फिर भी दिखाए जा सकते हैं।</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <location filename="../../desktop/views/carry_dialogs.py" line="85"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desktop/views/carry_dialogs.py" line="88"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <location filename="../../wording/cases.py" line="13"/>
        <location filename="../../wording/review.py" line="150"/>
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
        <location filename="../../wording/sync.py" line="227"/>
        <source>Waiting to send</source>
        <translation>भेजने की प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="16"/>
        <location filename="../../wording/sync.py" line="220"/>
        <location filename="../../wording/sync.py" line="228"/>
        <source>Sending</source>
        <translation>भेजना</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="17"/>
        <location filename="../../wording/sync.py" line="230"/>
        <source>Delivered</source>
        <translation>पहुँच गया</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="18"/>
        <source>Specialist assigned</source>
        <translation>विशेषज्ञ तय हुए</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="19"/>
        <source>In review</source>
        <translation>जाँच में</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="20"/>
        <source>Opinion received</source>
        <translation>राय मिली</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="21"/>
        <source>Question asked</source>
        <translation>प्रश्न पूछा गया</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="22"/>
        <source>Question answered</source>
        <translation>प्रश्न का उत्तर मिला</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="23"/>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="25"/>
        <source>Sending: retrying</source>
        <translation>भेजा जा रहा है: फिर से कोशिश</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="26"/>
        <source>Not sent: see Sending</source>
        <translation>नहीं भेजा गया: भेजना देखें</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="27"/>
        <source>Opinion ready</source>
        <translation>राय तैयार</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="31"/>
        <source>Opinion kept out</source>
        <translation>राय बाहर रखी गई</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="32"/>
        <source>Refused by the service</source>
        <translation>सेवा ने अस्वीकार किया</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="38"/>
        <source>The specialist&apos;s opinion came but failed a safety check, so it was not kept. Click Sending to see why.</source>
        <translation>विशेषज्ञ की राय आई, लेकिन सुरक्षा जाँच में सही नहीं निकली, इसलिए रखी नहीं गई। कारण देखने के लिए भेजना पर क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="46"/>
        <source>Female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="47"/>
        <source>Male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="48"/>
        <location filename="../../wording/cases.py" line="85"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="49"/>
        <source>Not recorded</source>
        <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="53"/>
        <location filename="../../wording/opinion.py" line="90"/>
        <source>Routine</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="54"/>
        <source>Urgent</source>
        <translation>अत्यावश्यक</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="58"/>
        <source>Not yet recorded</source>
        <translation>अभी दर्ज नहीं</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="59"/>
        <source>Verbal</source>
        <translation>मौखिक</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="60"/>
        <source>Written (signed form)</source>
        <translation>लिखित (हस्ताक्षरित फ़ॉर्म)</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="61"/>
        <source>Digital (OTP or e-sign)</source>
        <translation>डिजिटल (OTP या ई-हस्ताक्षर)</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="65"/>
        <source>The patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="66"/>
        <source>A health worker</source>
        <translation>स्वास्थ्य कार्यकर्ता</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="67"/>
        <source>A doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="71"/>
        <source>Oncology (cancer)</source>
        <translation>ऑन्कोलॉजी (कैंसर)</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="72"/>
        <source>Cardiology (heart)</source>
        <translation>कार्डियोलॉजी (हृदय)</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="73"/>
        <source>Neurology (brain and nerves)</source>
        <translation>न्यूरोलॉजी (दिमाग़ और नसें)</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="74"/>
        <source>Orthopaedics (bones and joints)</source>
        <translation>ऑर्थोपेडिक्स (हड्डी और जोड़)</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="75"/>
        <source>Endocrinology (diabetes, thyroid)</source>
        <translation>एंडोक्राइनोलॉजी (डायबिटीज़, थायरॉइड)</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="76"/>
        <source>Gastroenterology (stomach, liver)</source>
        <translation>गैस्ट्रोएंटेरोलॉजी (पेट, लिवर)</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="77"/>
        <source>Nephrology (kidney)</source>
        <translation>नेफ़्रोलॉजी (गुर्दा)</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="78"/>
        <source>Pulmonology (lungs)</source>
        <translation>पल्मोनोलॉजी (फेफड़े)</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="79"/>
        <source>General medicine</source>
        <translation>जनरल मेडिसिन</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="80"/>
        <source>Paediatrics (children)</source>
        <translation>बाल रोग (पीडियाट्रिक्स)</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="81"/>
        <source>Obstetrics and gynaecology</source>
        <translation>स्त्री एवं प्रसूति रोग (ऑब्स्टेट्रिक्स और गायनेकोलॉजी)</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="82"/>
        <source>Dermatology (skin)</source>
        <translation>त्वचा रोग (डर्मेटोलॉजी)</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="83"/>
        <source>Radiology (scan review)</source>
        <translation>रेडियोलॉजी (स्कैन समीक्षा)</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="84"/>
        <source>Pathology (biopsy review)</source>
        <translation>पैथोलॉजी (बायोप्सी समीक्षा)</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="89"/>
        <source>Patient&apos;s full name</source>
        <translation>मरीज़ का पूरा नाम</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="90"/>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="91"/>
        <source>Date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="92"/>
        <source>Age in years</source>
        <translation>आयु (वर्ष)</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="93"/>
        <source>Phone number</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="94"/>
        <source>ABHA number (optional)</source>
        <translation>ABHA नंबर (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="95"/>
        <source>Hospital or clinic ID (optional)</source>
        <translation>अस्पताल या क्लिनिक आईडी (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="96"/>
        <source>Who asked for this second opinion</source>
        <translation>यह दूसरी राय किसने माँगी</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="97"/>
        <source>Consent given by</source>
        <translation>सहमति किसने दी</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="98"/>
        <source>How consent was given</source>
        <translation>सहमति कैसे दी गई</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="99"/>
        <source>Date of consent</source>
        <translation>सहमति की तारीख़</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="100"/>
        <source>Consent recorded by</source>
        <translation>सहमति किसने दर्ज की</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="101"/>
        <source>Questions for the specialist</source>
        <translation>विशेषज्ञ के लिए प्रश्न</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="102"/>
        <location filename="../../wording/review.py" line="164"/>
        <source>Specialty</source>
        <translation>विशेषज्ञता</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="103"/>
        <location filename="../../wording/review.py" line="165"/>
        <source>Urgency</source>
        <translation>तात्कालिकता</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="104"/>
        <location filename="../../wording/clinical.py" line="138"/>
        <source>Working diagnosis</source>
        <translation>संभावित निदान (वर्किंग डायग्नोसिस)</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="105"/>
        <source>Clinical summary and history</source>
        <translation>चिकित्सा सारांश और इतिहास</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="106"/>
        <source>Current medicines</source>
        <translation>अभी चल रही दवाएँ</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="107"/>
        <source>Allergies</source>
        <translation>एलर्जी</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="108"/>
        <source>Treatment so far</source>
        <translation>अब तक का इलाज</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="109"/>
        <source>Treatment planned</source>
        <translation>आगे का तय इलाज</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="110"/>
        <source>Referring doctor</source>
        <translation>रेफ़र करने वाले डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="111"/>
        <source>Doctor&apos;s registration number</source>
        <translation>डॉक्टर का पंजीकरण नंबर</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="112"/>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="113"/>
        <source>What happened</source>
        <translation>क्या हुआ</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="117"/>
        <location filename="../../wording/first_run.py" line="12"/>
        <source>Please fill this in.</source>
        <translation>कृपया इसे भरें।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="118"/>
        <source>This is not a date. Write it as day/month/year, for example 15/03/2024.</source>
        <translation>यह तारीख़ नहीं है। इसे दिन/महीना/वर्ष में लिखें, जैसे 15/03/2024।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="121"/>
        <source>Write the age in whole years, for example 45 (0 for a baby under one year).</source>
        <translation>आयु पूरे वर्षों में लिखें, जैसे 45 (एक साल से छोटे बच्चे के लिए 0)।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="144"/>
        <source>Not saved: this is not a lab result. Type a number (for example 12.5 or &lt;0.5) or a result word such as Positive, Reactive or Nil.</source>
        <translation>सहेजा नहीं गया: यह लैब परिणाम नहीं है। कोई संख्या (जैसे 12.5 या &lt;0.5) या परिणाम का शब्द जैसे Positive, Reactive या Nil लिखें।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="153"/>
        <source>Case %1 · %2</source>
        <translation>केस %1 · %2</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="188"/>
        <source>This case was sent on {date} and can no longer be changed: the specialist works from what was sent. To add information or new files, click Send an update.</source>
        <translation>यह केस {date} को भेजा गया था और अब बदला नहीं जा सकता: विशेषज्ञ भेजे गए केस से काम करते हैं। नई जानकारी या नई फ़ाइलें जोड़ने के लिए, अपडेट भेजें पर क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="193"/>
        <source>This case was sent on {date} and can no longer be changed. An update with your new information is waiting to be sent.</source>
        <translation>यह केस {date} को भेजा गया था और अब बदला नहीं जा सकता। आपकी नई जानकारी वाला एक अपडेट भेजे जाने की प्रतीक्षा में है।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="198"/>
        <location filename="../../wording/store.py" line="87"/>
        <source>This case is closed. It is kept as it was and cannot be changed.</source>
        <translation>यह केस बंद है। यह जैसा था वैसा रखा गया है और बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="201"/>
        <source>Send an update…</source>
        <translation>अपडेट भेजें…</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="202"/>
        <source>Send an update to the specialist</source>
        <translation>विशेषज्ञ को अपडेट भेजें</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="203"/>
        <source>What you add here goes to the specialist as an update of the case already sent. What was sent before does not change.</source>
        <translation>आप यहाँ जो जोड़ते हैं वह पहले भेजे गए केस के अपडेट के रूप में विशेषज्ञ को जाता है। पहले भेजा गया कुछ नहीं बदलता।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="208"/>
        <source>What is new (for the specialist)</source>
        <translation>नया क्या है (विशेषज्ञ के लिए)</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="209"/>
        <source>New files not sent yet: {count}</source>
        <translation>नई फ़ाइलें जो अभी नहीं भेजी गईं: {count}</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="210"/>
        <source>Add files…</source>
        <translation>फ़ाइलें जोड़ें…</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="211"/>
        <source>Send update</source>
        <translation>अपडेट भेजें</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="212"/>
        <source>The update is waiting to be sent. It goes by itself when the link allows.</source>
        <translation>अपडेट भेजे जाने की प्रतीक्षा में है। नेटवर्क मिलते ही यह अपने आप चला जाएगा।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="215"/>
        <source>More</source>
        <translation>और</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="216"/>
        <source>Close case…</source>
        <translation>केस बंद करें…</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="217"/>
        <source>Remove case…</source>
        <translation>केस हटाएँ…</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="218"/>
        <source>Close this case?</source>
        <translation>यह केस बंद करें?</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="219"/>
        <source>Close the case of {name}? It is kept as it is and can be read, but not changed or sent again.</source>
        <translation>{name} का केस बंद करें? यह जैसा है वैसा रखा जाएगा और पढ़ा जा सकेगा, पर बदला या दोबारा भेजा नहीं जा सकेगा।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="224"/>
        <source>Remove this case?</source>
        <translation>यह केस हटाएँ?</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="225"/>
        <source>Remove the case of {name}? It goes to the Trash and can be restored there for {days} days; after that it is deleted for good.</source>
        <translation>{name} का केस हटाएँ? यह रद्दी (Trash) में जाता है और वहाँ से {days} दिन तक वापस लाया जा सकता है; उसके बाद हमेशा के लिए मिटा दिया जाता है।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="230"/>
        <source>Remove file…</source>
        <translation>फ़ाइल हटाएँ…</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="231"/>
        <source>Remove this file?</source>
        <translation>यह फ़ाइल हटाएँ?</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="232"/>
        <source>Remove {name} from this case? It goes to the Trash and can be restored there for {days} days.</source>
        <translation>{name} को इस केस से हटाएँ? यह रद्दी (Trash) में जाती है और वहाँ से {days} दिन तक वापस लाई जा सकती है।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="237"/>
        <source>Sent: stays with the case</source>
        <translation>भेजी गई: केस के साथ रहती है</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="238"/>
        <source>Trash</source>
        <translation>रद्दी</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="239"/>
        <source>Trash: removed cases and files</source>
        <translation>रद्दी: हटाए गए केस और फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="240"/>
        <source>Removed cases and files stay here for {days} days and can be put back with Restore. After that they are deleted for good.</source>
        <translation>हटाए गए केस और फ़ाइलें यहाँ {days} दिन तक रहते हैं और वापस लाएँ से वापस रखे जा सकते हैं। उसके बाद वे हमेशा के लिए मिटा दिए जाते हैं।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="245"/>
        <source>The Trash is empty.</source>
        <translation>रद्दी ख़ाली है।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="246"/>
        <location filename="../../wording/opinion_view.py" line="15"/>
        <location filename="../../wording/opinion_view.py" line="81"/>
        <source>Case</source>
        <translation>केस</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="247"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="248"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="249"/>
        <location filename="../../wording/service.py" line="19"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="250"/>
        <source>Removed on</source>
        <translation>हटाने की तारीख़</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="251"/>
        <source>Deleted for good after</source>
        <translation>इसके बाद हमेशा के लिए मिटेगा</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="252"/>
        <source>Restore</source>
        <translation>वापस लाएँ</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="253"/>
        <source>(no name yet)</source>
        <translation>(अभी कोई नाम नहीं)</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="124"/>
        <source>This date is in the future. Check the year.</source>
        <translation>यह तारीख़ भविष्य की है। वर्ष जाँचें।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="125"/>
        <source>This date is more than 130 years ago. Check the year.</source>
        <translation>यह तारीख़ 130 साल से भी पहले की है। वर्ष जाँचें।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="128"/>
        <source>The age must be between 0 and 130 years.</source>
        <translation>आयु 0 से 130 वर्ष के बीच होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="129"/>
        <source>A phone number has 7 to 15 digits, for example +91 98765 43210.</source>
        <translation>फ़ोन नंबर में 7 से 15 अंक होते हैं, जैसे +91 98765 43210।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="132"/>
        <source>An ABHA number has 14 digits, for example 12-3456-7890-1234.</source>
        <translation>ABHA नंबर में 14 अंक होते हैं, जैसे 12-3456-7890-1234।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="135"/>
        <source>Enter the date of birth, or the age if the date is not known.</source>
        <translation>जन्म तिथि भरें, या तिथि पता न हो तो आयु भरें।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="138"/>
        <source>Someone other than the patient started this referral, so the patient&apos;s explicit consent must be recorded: choose how it was given.</source>
        <translation>यह रेफ़रल मरीज़ के अलावा किसी और ने शुरू किया है, इसलिए मरीज़ की स्पष्ट सहमति दर्ज करनी होगी: चुनें कि सहमति कैसे दी गई।</translation>
    </message>
    <message>
        <location filename="../../wording/cases.py" line="143"/>
        <source>Choose one of the options in the list.</source>
        <translation>सूची में से कोई एक विकल्प चुनें।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="14"/>
        <source>The passphrase is not correct. Nothing was changed. Check Caps Lock and try again.</source>
        <translation>पासफ़्रेज़ सही नहीं है। कुछ भी नहीं बदला गया। Caps Lock जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="18"/>
        <source>This data folder is locked with a passphrase. Type it when CaseBridge starts, or set CASEBRIDGE_PASSPHRASE for unattended use.</source>
        <translation>यह डेटा फ़ोल्डर पासफ़्रेज़ से बंद है। CaseBridge शुरू होने पर इसे लिखें, या बिना किसी के मौजूद रहे चलाने के लिए CASEBRIDGE_PASSPHRASE सेट करें।</translation>
    </message>
    <message>
        <location filename="../../wording/first_run.py" line="13"/>
        <source>Type the phone number with digits only, for example 98765 43210.</source>
        <translation>फ़ोन नंबर केवल अंकों में लिखें, जैसे 98765 43210।</translation>
    </message>
    <message>
        <location filename="../../wording/first_run.py" line="16"/>
        <source>Choose at least one specialty.</source>
        <translation>कम से कम एक विशेषज्ञता चुनें।</translation>
    </message>
    <message>
        <location filename="../../wording/first_run.py" line="17"/>
        <location filename="../../wording/store.py" line="23"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>कम से कम 8 अक्षरों का पासफ़्रेज़ चुनें।</translation>
    </message>
    <message>
        <location filename="../../wording/first_run.py" line="18"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>दोनों पासफ़्रेज़ एक जैसे नहीं हैं। उन्हें फिर से लिखें।</translation>
    </message>
    <message>
        <location filename="../../wording/first_run.py" line="21"/>
        <source>Type the service address you were given, or choose Later.</source>
        <translation>आपको दिया गया सेवा का पता लिखें, या बाद में चुनें।</translation>
    </message>
    <message>
        <location filename="../../wording/first_run.py" line="24"/>
        <source>The address must start with https:// (or http://), like https://opinions.example.org.</source>
        <translation>पता https:// (या http://) से शुरू होना चाहिए, जैसे https://opinions.example.org।</translation>
    </message>
    <message>
        <location filename="../../wording/first_run.py" line="28"/>
        <source>Type the one-time code you were given.</source>
        <translation>आपको दिया गया एक बार का कोड लिखें।</translation>
    </message>
    <message>
        <location filename="../../wording/first_run.py" line="30"/>
        <source>This code was made for another kind of computer (clinic or specialist). Go back and check what this computer is, or ask the service for the right code.</source>
        <translation>यह कोड दूसरे प्रकार के कंप्यूटर (क्लिनिक या विशेषज्ञ) के लिए बना था। पीछे जाकर जाँचें कि यह कंप्यूटर किस काम का है, या सेवा से सही कोड माँगें।</translation>
    </message>
    <message>
        <location filename="../../wording/first_run.py" line="38"/>
        <source>Too short: at least 8 characters.</source>
        <translation>बहुत छोटा: कम से कम 8 अक्षर।</translation>
    </message>
    <message>
        <location filename="../../wording/first_run.py" line="39"/>
        <source>Weak: easy to guess. A few ordinary words together are better.</source>
        <translation>कमज़ोर: आसानी से अनुमान लगाया जा सकता है। कुछ साधारण शब्द एक साथ बेहतर हैं।</translation>
    </message>
    <message>
        <location filename="../../wording/first_run.py" line="42"/>
        <source>Fair. Longer is stronger.</source>
        <translation>ठीक-ठाक। जितना लंबा, उतना मज़बूत।</translation>
    </message>
    <message>
        <location filename="../../wording/first_run.py" line="43"/>
        <source>Strong.</source>
        <translation>मज़बूत।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="26"/>
        <source>The key that unlocks this data folder cannot be found (store.json, keyfile.json or the system keyring entry is missing). Restore them from a backup, or choose another data folder. Nothing was changed.</source>
        <translation>इस डेटा फ़ोल्डर को खोलने वाली कुंजी नहीं मिल रही (store.json, keyfile.json या सिस्टम कीरिंग की प्रविष्टि ग़ायब है)। इन्हें बैकअप से वापस लाएँ, या कोई दूसरा डेटा फ़ोल्डर चुनें। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="32"/>
        <source>The configured keyring stores secrets without encryption, so CaseBridge will not use it. Remove that keyring setting; CaseBridge will ask for a passphrase instead.</source>
        <translation>सेट किया गया कीरिंग रहस्यों को बिना एन्क्रिप्शन के रखता है, इसलिए CaseBridge उसका इस्तेमाल नहीं करेगा। वह कीरिंग सेटिंग हटाएँ; CaseBridge उसकी जगह पासफ़्रेज़ माँगेगा।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="37"/>
        <source>The case database cannot be opened with this key: it is damaged or belongs to another installation. Nothing was changed. Restore it from a backup or choose another data folder.</source>
        <translation>केस डेटाबेस इस कुंजी से नहीं खुल रहा: यह ख़राब है या किसी दूसरे इंस्टॉलेशन का है। कुछ नहीं बदला गया। इसे बैकअप से वापस लाएँ या कोई दूसरा डेटा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="43"/>
        <source>These cases were saved by a newer CaseBridge. Install the newer version to open them.</source>
        <translation>ये केस CaseBridge के नए संस्करण से सहेजे गए थे। इन्हें खोलने के लिए नया संस्करण इंस्टॉल करें।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="47"/>
        <source>The disk is full, so this could not be saved. What was saved before is safe. Free some space (for example delete old downloads) and try again.</source>
        <translation>डिस्क भरी हुई है, इसलिए यह सहेजा नहीं जा सका। पहले सहेजा गया सब सुरक्षित है। कुछ जगह ख़ाली करें (जैसे पुराने डाउनलोड हटाएँ) और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="52"/>
        <source>CaseBridge cannot write to its data folder (it is read-only or belongs to another user). Choose a folder you can write to, or ask for write permission.</source>
        <translation>CaseBridge अपने डेटा फ़ोल्डर में नहीं लिख सकता (वह केवल पढ़ने के लिए है या किसी दूसरे उपयोगकर्ता का है)। ऐसा फ़ोल्डर चुनें जिसमें आप लिख सकें, या लिखने की अनुमति माँगें।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="57"/>
        <source>Another CaseBridge program is saving to this data folder; try again in a minute. Nothing was changed.</source>
        <translation>कोई दूसरा CaseBridge प्रोग्राम इस डेटा फ़ोल्डर में सहेज रहा है; एक मिनट बाद फिर कोशिश करें। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="62"/>
        <source>No such case. Check the case number (run &apos;casebridge case list&apos;).</source>
        <translation>ऐसा कोई केस नहीं है। केस नंबर जाँचें (&apos;casebridge case list&apos; चलाएँ)।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="65"/>
        <source>More than one case starts with this number. Type more of it.</source>
        <translation>इस नंबर से एक से ज़्यादा केस शुरू होते हैं। इसका और हिस्सा लिखें।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="68"/>
        <source>A stored file is damaged and cannot be read. Import it again from the original.</source>
        <translation>सहेजी गई एक फ़ाइल ख़राब है और पढ़ी नहीं जा सकती। इसे मूल से फिर से लाएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="72"/>
        <source>Some fields need attention.</source>
        <translation>कुछ खानों पर ध्यान देना ज़रूरी है।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="73"/>
        <source>This case came from a clinic for your opinion and is kept exactly as they sent it; it cannot be changed here.</source>
        <translation>यह केस आपकी राय के लिए किसी क्लिनिक से आया है और ठीक वैसा ही रखा गया है जैसा उन्होंने भेजा; इसे यहाँ बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="78"/>
        <source>Cancelled. Nothing was half-saved.</source>
        <translation>रद्द किया गया। कुछ भी आधा सहेजा नहीं गया।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="79"/>
        <source>Something went wrong while saving. Nothing was lost. Try again.</source>
        <translation>सहेजते समय कुछ गड़बड़ हुई। कुछ भी खोया नहीं। फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="82"/>
        <source>This case was already sent, so it cannot be changed: the specialist would never see the change. To add information or files, use Send an update.</source>
        <translation>यह केस पहले ही भेजा जा चुका है, इसलिए बदला नहीं जा सकता: विशेषज्ञ को बदलाव कभी नहीं दिखेगा। जानकारी या फ़ाइलें जोड़ने के लिए अपडेट भेजें का इस्तेमाल करें।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="90"/>
        <source>This file was sent to the specialist, so it stays with the case.</source>
        <translation>यह फ़ाइल विशेषज्ञ को भेजी जा चुकी है, इसलिए केस के साथ रहती है।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="93"/>
        <source>There is nothing new to send: add a file or write a note first.</source>
        <translation>भेजने के लिए कुछ नया नहीं है: पहले कोई फ़ाइल जोड़ें या नोट लिखें।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="96"/>
        <source>This picture cannot be opened: the file is damaged, or it is a kind of picture CaseBridge cannot read (for example HEIC). Save it as JPEG on the phone and add it again. Nothing stored was changed.</source>
        <translation>यह चित्र नहीं खुल सकता: फ़ाइल ख़राब है, या यह ऐसा चित्र है जिसे CaseBridge नहीं पढ़ सकता (जैसे HEIC)। इसे फ़ोन पर JPEG के रूप में सहेजें और फिर से जोड़ें। सहेजा गया कुछ नहीं बदला।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="102"/>
        <source>This picture has too many pixels to open safely. Take the photo again at a normal camera setting (12 megapixels is plenty for a report) and add it again.</source>
        <translation>इस चित्र में सुरक्षित रूप से खोलने के लिए बहुत ज़्यादा पिक्सेल हैं। सामान्य कैमरा सेटिंग पर फ़ोटो फिर से लें (रिपोर्ट के लिए 12 मेगापिक्सेल काफ़ी है) और फिर से जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="110"/>
        <source>Your cases are encrypted. The key is kept in this computer&apos;s secure keyring ({backend}), so CaseBridge opens without a passphrase for this Windows/Linux user.</source>
        <translation>आपके केस एन्क्रिप्टेड हैं। कुंजी इस कंप्यूटर के सुरक्षित कीरिंग ({backend}) में रखी है, इसलिए इस Windows/Linux उपयोगकर्ता के लिए CaseBridge बिना पासफ़्रेज़ के खुलता है।</translation>
    </message>
    <message>
        <location filename="../../wording/store.py" line="115"/>
        <source>Your cases are encrypted. The key is locked with your passphrase (scrypt and AES-256-GCM in keyfile.json); CaseBridge asks for it at every start. Without it nobody, including us, can read the cases.</source>
        <translation>आपके केस एन्क्रिप्टेड हैं। कुंजी आपके पासफ़्रेज़ से बंद है (keyfile.json में scrypt और AES-256-GCM); CaseBridge हर बार शुरू होने पर इसे माँगता है। इसके बिना कोई भी, हम भी नहीं, केस पढ़ सकता।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="14"/>
        <source>PixelSpacing</source>
        <translation>PixelSpacing</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="15"/>
        <source>ImagerPixelSpacing, at the detector</source>
        <translation>ImagerPixelSpacing, डिटेक्टर पर</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="16"/>
        <source>ultrasound region</source>
        <translation>अल्ट्रासाउंड क्षेत्र</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="17"/>
        <source>pixels, not calibrated</source>
        <translation>पिक्सेल, कैलिब्रेट नहीं</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="22"/>
        <source>This image has no DICOM instance UID to mark.</source>
        <translation>इस चित्र में चिह्नित करने के लिए कोई DICOM instance UID नहीं है।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="23"/>
        <source>This frame number does not exist.</source>
        <translation>इस नंबर का फ़्रेम मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="24"/>
        <source>The note is too long (at most 2000 characters). Shorten it and save again.</source>
        <translation>नोट बहुत लंबा है (अधिकतम 2000 अक्षर)। इसे छोटा करके फिर से सहेजें।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="30"/>
        <source>This measurement could not be saved with the case; it shows only until this window closes. Try again, or write the value down.</source>
        <translation>यह माप केस के साथ सहेजा नहीं जा सका; यह केवल इस विंडो के बंद होने तक दिखेगा। फिर से कोशिश करें, या मान लिख लें।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="39"/>
        <source>This file is not a DICOM image. Open it as a document or photo instead.</source>
        <translation>यह फ़ाइल DICOM चित्र नहीं है। इसे दस्तावेज़ या फ़ोटो के रूप में खोलें।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="42"/>
        <source>This DICOM file holds no picture (for example a report or a treatment plan), so there is nothing to show.</source>
        <translation>इस DICOM फ़ाइल में कोई चित्र नहीं है (जैसे कोई रिपोर्ट या इलाज की योजना), इसलिए दिखाने को कुछ नहीं है।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="47"/>
        <source>This image is compressed as {syntax} and no decoder for it is installed. Ask the sender for an uncompressed copy, or reinstall CaseBridge.</source>
        <translation>यह चित्र {syntax} के रूप में कंप्रेस है और इसका कोई डिकोडर इंस्टॉल नहीं है। भेजने वाले से बिना कंप्रेस की प्रति माँगें, या CaseBridge फिर से इंस्टॉल करें।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="52"/>
        <source>This image is stored in a form CaseBridge does not know ({syntax}). Ask the sender to export it again as standard DICOM.</source>
        <translation>यह चित्र ऐसे रूप में रखा है जिसे CaseBridge नहीं जानता ({syntax})। भेजने वाले से इसे मानक DICOM के रूप में फिर से निर्यात करने को कहें।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="57"/>
        <source>The file ends before its pixel data does: it was not copied completely. Copy it again from the original CD or USB stick.</source>
        <translation>फ़ाइल अपने पिक्सेल डेटा से पहले ख़त्म हो जाती है: यह पूरी कॉपी नहीं हुई। इसे मूल CD या USB स्टिक से फिर से कॉपी करें।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="62"/>
        <source>The compressed picture ({syntax}) is damaged and cannot be decoded. Copy it again from the original, or ask the sender for a new copy.</source>
        <translation>कंप्रेस किया गया चित्र ({syntax}) ख़राब है और डिकोड नहीं हो सकता। इसे मूल से फिर से कॉपी करें, या भेजने वाले से नई प्रति माँगें।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="67"/>
        <source>The description of this image inside the file is damaged (for example its size or number of frames), so its picture cannot be laid out. Ask the sender for a new copy.</source>
        <translation>फ़ाइल के अंदर इस चित्र का विवरण ख़राब है (जैसे इसका आकार या फ़्रेमों की संख्या), इसलिए चित्र सजाया नहीं जा सकता। भेजने वाले से नई प्रति माँगें।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="72"/>
        <source>This image has a layout CaseBridge cannot show (unusual size or sample format). It is kept unchanged and will be sent with the case.</source>
        <translation>इस चित्र की बनावट ऐसी है जिसे CaseBridge नहीं दिखा सकता (असामान्य आकार या नमूना रूप)। यह बिना बदलाव के रखा गया है और केस के साथ भेजा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="77"/>
        <source>This image has no frame with that number.</source>
        <translation>इस चित्र में उस नंबर का कोई फ़्रेम नहीं है।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="78"/>
        <source>This file is built thousands of levels deep, which no scan or report is: it is damaged or harmful, so it is not shown. Ask the sender for a new copy.</source>
        <translation>यह फ़ाइल हज़ारों स्तर गहरी बनी है, जैसा कोई स्कैन या रिपोर्ट नहीं होता: यह ख़राब या हानिकारक है, इसलिए नहीं दिखाई जाती। भेजने वाले से नई प्रति माँगें।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="83"/>
        <source>The file cannot be opened: it is missing or you have no permission to read it.</source>
        <translation>फ़ाइल नहीं खुल सकती: यह ग़ायब है या आपको इसे पढ़ने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="86"/>
        <source>The window width must be more than 0 (for example --window 40 400).</source>
        <translation>विंडो की चौड़ाई 0 से ज़्यादा होनी चाहिए (जैसे --window 40 400)।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="89"/>
        <source>This photo is damaged or in a format CaseBridge cannot open.</source>
        <translation>यह फ़ोटो ख़राब है या ऐसे रूप में है जिसे CaseBridge नहीं खोल सकता।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="92"/>
        <source>PDF pages cannot be drawn here: the PDF renderer (pypdfium2) is not installed.</source>
        <translation>PDF पृष्ठ यहाँ नहीं बनाए जा सकते: PDF रेंडरर (pypdfium2) इंस्टॉल नहीं है।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="95"/>
        <source>This PDF is damaged or password-protected and cannot be drawn.</source>
        <translation>यह PDF ख़राब है या पासवर्ड से सुरक्षित है और बनाई नहीं जा सकती।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="98"/>
        <source>This document has no page with that number.</source>
        <translation>इस दस्तावेज़ में उस नंबर का कोई पृष्ठ नहीं है।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="101"/>
        <source>The picture cannot be saved there: the folder does not exist, is read-only or the disk is full. Nothing was written.</source>
        <translation>चित्र वहाँ सहेजा नहीं जा सकता: फ़ोल्डर मौजूद नहीं है, केवल पढ़ने के लिए है या डिस्क भरी है। कुछ नहीं लिखा गया।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="106"/>
        <source>Too large to display here: this image says it is far bigger than this computer can draw safely (or it unpacks to far more data than any image). It is kept unchanged and will be sent with the case; the specialist&apos;s workstation can open it.</source>
        <translation>यहाँ दिखाने के लिए बहुत बड़ा: यह चित्र बताता है कि यह इतना बड़ा है जितना यह कंप्यूटर सुरक्षित रूप से नहीं बना सकता (या यह किसी भी चित्र से कहीं ज़्यादा डेटा में खुलता है)। यह बिना बदलाव के रखा गया है और केस के साथ भेजा जाएगा; विशेषज्ञ का कंप्यूटर इसे खोल सकता है।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="112"/>
        <source>Too large to display here: this page holds far more drawing instructions than any printed report, a sign of a damaged or harmful file. The file is kept; ask the sender for a new copy.</source>
        <translation>यहाँ दिखाने के लिए बहुत बड़ा: इस पृष्ठ में किसी भी छपी रिपोर्ट से कहीं ज़्यादा चित्र-निर्देश हैं, जो ख़राब या हानिकारक फ़ाइल का संकेत है। फ़ाइल रखी गई है; भेजने वाले से नई प्रति माँगें।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="118"/>
        <source>Too large to display here: this PDF has far more pages than any report. The file is kept; ask the sender for the pages that matter.</source>
        <translation>यहाँ दिखाने के लिए बहुत बड़ा: इस PDF में किसी भी रिपोर्ट से कहीं ज़्यादा पृष्ठ हैं। फ़ाइल रखी गई है; भेजने वाले से ज़रूरी पृष्ठ माँगें।</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="127"/>
        <source>Custom</source>
        <translation>अपनी पसंद का</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="130"/>
        <source>Brain</source>
        <translation>मस्तिष्क (ब्रेन)</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="131"/>
        <source>Subdural</source>
        <translation>सबड्यूरल</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="132"/>
        <source>Stroke</source>
        <translation>स्ट्रोक</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="133"/>
        <source>Abdomen</source>
        <translation>पेट (एब्डोमेन)</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="134"/>
        <source>Mediastinum</source>
        <translation>मीडियास्टिनम</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="135"/>
        <source>Bone</source>
        <translation>हड्डी</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="136"/>
        <source>Lung</source>
        <translation>फेफड़ा</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="137"/>
        <source>Liver</source>
        <translation>लिवर</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="138"/>
        <source>Angio</source>
        <translation>एंजियो</translation>
    </message>
    <message>
        <location filename="../../wording/viewing.py" line="139"/>
        <source>Soft tissue</source>
        <translation>मुलायम ऊतक (सॉफ़्ट टिशू)</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="17"/>
        <source>Not a scan, PDF or photo CaseBridge can use. If it is a report, scan or photograph it, or save it as PDF, and add that instead.</source>
        <translation>यह कोई स्कैन, PDF या फ़ोटो नहीं है जिसे CaseBridge इस्तेमाल कर सके। अगर यह रिपोर्ट है, तो उसे स्कैन करें या उसका फ़ोटो लें, या PDF के रूप में सहेजें, और वह जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="22"/>
        <source>This scan image is incomplete (the file was cut short while copying). Copy it again from the CD or the hospital, then import it.</source>
        <translation>यह स्कैन चित्र अधूरा है (कॉपी करते समय फ़ाइल बीच में कट गई)। इसे CD या अस्पताल से फिर से कॉपी करें, फिर लाएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="27"/>
        <source>This file is damaged or incomplete and cannot be opened. Copy it again from the original, then import it.</source>
        <translation>यह फ़ाइल ख़राब या अधूरी है और खुल नहीं सकती। इसे मूल से फिर से कॉपी करें, फिर लाएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="32"/>
        <source>This file could not be read from the disc or drive. Clean the disc or try another drive or USB port, then import again.</source>
        <translation>यह फ़ाइल डिस्क या ड्राइव से पढ़ी नहीं जा सकी। डिस्क साफ़ करें या कोई दूसरी ड्राइव या USB पोर्ट आज़माएँ, फिर फिर से लाएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="37"/>
        <source>This file is empty. Copy it again from the original, then import it.</source>
        <translation>यह फ़ाइल ख़ाली है। इसे मूल से फिर से कॉपी करें, फिर लाएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="40"/>
        <source>This zip file is damaged and cannot be opened. Download or copy it again, then import it.</source>
        <translation>यह zip फ़ाइल ख़राब है और खुल नहीं सकती। इसे फिर से डाउनलोड या कॉपी करें, फिर लाएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="44"/>
        <source>This zip file tries to write outside its own folder, which is a sign of a harmful file. It was not opened. Ask the sender for the images in another way.</source>
        <translation>यह zip फ़ाइल अपने फ़ोल्डर के बाहर लिखने की कोशिश करती है, जो हानिकारक फ़ाइल का संकेत है। इसे खोला नहीं गया। भेजने वाले से चित्र किसी और तरीक़े से माँगें।</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="49"/>
        <source>This zip file unpacks to far more data than any set of scans (more than 2 GB, or a harmful &apos;zip bomb&apos;). It was not opened. Ask the sender to check it.</source>
        <translation>यह zip फ़ाइल खुलकर किसी भी स्कैन सेट से कहीं ज़्यादा डेटा बनाती है (2 GB से ज़्यादा, या हानिकारक &apos;zip bomb&apos;)। इसे खोला नहीं गया। भेजने वाले से इसे जाँचने को कहें।</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="54"/>
        <source>This zip file is locked with a password. Unpack it with the password first, then import the folder.</source>
        <translation>यह zip फ़ाइल पासवर्ड से बंद है। पहले पासवर्ड से इसे खोलें, फिर फ़ोल्डर लाएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="59"/>
        <source>This zip file is inside a zip inside another zip. Unpack the outer zip files first, then import the folder.</source>
        <translation>यह zip फ़ाइल एक zip के अंदर है जो दूसरे zip के अंदर है। पहले बाहरी zip फ़ाइलें खोलें, फिर फ़ोल्डर लाएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="64"/>
        <source>The disc&apos;s index (DICOMDIR) lists this image but it is not on the disc. Ask the hospital for a new copy if images seem to be missing.</source>
        <translation>डिस्क की सूची (DICOMDIR) में यह चित्र है पर डिस्क पर नहीं है। अगर चित्र कम लगें तो अस्पताल से नई प्रति माँगें।</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="69"/>
        <source>These images name a different patient than this case. They were not added. Check that they belong to this patient, then confirm to add them.</source>
        <translation>इन चित्रों में इस केस से अलग किसी मरीज़ का नाम है। इन्हें नहीं जोड़ा गया। जाँचें कि ये इसी मरीज़ के हैं, फिर जोड़ने की पुष्टि करें।</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="74"/>
        <source>This photo is in HEIC format, which this computer cannot open. On the phone, set the camera to &apos;Most compatible&apos; (JPEG), or share the photo as JPEG, and add it again.</source>
        <translation>यह फ़ोटो HEIC रूप में है, जिसे यह कंप्यूटर नहीं खोल सकता। फ़ोन में कैमरा &apos;Most compatible&apos; (JPEG) पर रखें, या फ़ोटो JPEG के रूप में भेजें, और फिर से जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="79"/>
        <source>Skipped: this is not an ordinary file (a pipe, device or socket), so it was not opened. Nothing needs doing unless it should have been a scan or report.</source>
        <translation>छोड़ दिया गया: यह साधारण फ़ाइल नहीं है (पाइप, डिवाइस या सॉकेट), इसलिए इसे खोला नहीं गया। कुछ करने की ज़रूरत नहीं, जब तक कि यह कोई स्कैन या रिपोर्ट न होनी चाहिए थी।</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="84"/>
        <source>Not unpacked: together with the other zip files in this import it would unpack to more than 2 GB, or more than the free space on this computer. Import the zip files one at a time, or free some disk space, then import it again.</source>
        <translation>खोला नहीं गया: इस आयात की दूसरी zip फ़ाइलों के साथ यह 2 GB से ज़्यादा, या इस कंप्यूटर की ख़ाली जगह से ज़्यादा बनेगा। zip फ़ाइलें एक-एक करके लाएँ, या डिस्क पर कुछ जगह ख़ाली करें, फिर फिर से लाएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="90"/>
        <source>This zip holds another file whose name is used for a folder here, so this one could not be unpacked beside it. Unpack the zip by hand and import the folder.</source>
        <translation>इस zip में एक और फ़ाइल है जिसका नाम यहाँ एक फ़ोल्डर के लिए इस्तेमाल हो रहा है, इसलिए यह उसके बगल में खोली नहीं जा सकी। zip को हाथ से खोलें और फ़ोल्डर लाएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="95"/>
        <source>This scan file is packed so that it unpacks to far more data than any image, a sign of a harmful file. It was not imported. Ask the sender for a new copy.</source>
        <translation>यह स्कैन फ़ाइल ऐसे पैक की गई है कि खुलकर किसी भी चित्र से कहीं ज़्यादा डेटा बनती है, जो हानिकारक फ़ाइल का संकेत है। इसे नहीं लाया गया। भेजने वाले से नई प्रति माँगें।</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="100"/>
        <source>This picture says it is far larger than any phone photo (more than 200 megapixels), so it was not imported. Attach a normal photo or a PDF instead.</source>
        <translation>यह चित्र बताता है कि यह किसी भी फ़ोन फ़ोटो से कहीं बड़ा है (200 मेगापिक्सेल से ज़्यादा), इसलिए इसे नहीं लाया गया। इसकी जगह सामान्य फ़ोटो या PDF जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="105"/>
        <source>This file is built thousands of levels deep, which no scan or report is: it is damaged or harmful, so it was not imported. Ask the sender for a new copy.</source>
        <translation>यह फ़ाइल हज़ारों स्तर गहरी बनी है, जैसा कोई स्कैन या रिपोर्ट नहीं होता: यह ख़राब या हानिकारक है, इसलिए इसे नहीं लाया गया। भेजने वाले से नई प्रति माँगें।</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="115"/>
        <source>Imported, but this PDF is locked with a password. Ask the patient for the password now (labs often use the date of birth or phone number), or ask the lab for an unlocked copy: without it the report cannot be read here or by the specialist.</source>
        <translation>लाया गया, पर यह PDF पासवर्ड से बंद है। मरीज़ से अभी पासवर्ड पूछें (लैब अक्सर जन्म तिथि या फ़ोन नंबर रखती हैं), या लैब से बिना ताले की प्रति माँगें: इसके बिना रिपोर्ट न यहाँ पढ़ी जा सकती है, न विशेषज्ञ द्वारा।</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="127"/>
        <source>Copying from the CD or USB stick</source>
        <translation>CD या USB स्टिक से कॉपी हो रहा है</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="128"/>
        <source>Unpacking zip files</source>
        <translation>zip फ़ाइलें खोली जा रही हैं</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="129"/>
        <source>Reading the files</source>
        <translation>फ़ाइलें पढ़ी जा रही हैं</translation>
    </message>
    <message>
        <location filename="../../wording/importing.py" line="130"/>
        <source>Saving the files into this case (encrypted)</source>
        <translation>फ़ाइलें इस केस में सहेजी जा रही हैं (एन्क्रिप्टेड)</translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="14"/>
        <source>Type a name (AE title) for this computer, for example CASEBRIDGE.</source>
        <translation>इस कंप्यूटर के लिए एक नाम (AE title) लिखें, जैसे CASEBRIDGE।</translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="17"/>
        <source>An AE title has at most 16 characters. Shorten it, for example CASEBRIDGE.</source>
        <translation>AE title में अधिकतम 16 अक्षर होते हैं। इसे छोटा करें, जैसे CASEBRIDGE।</translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="20"/>
        <source>Remove the spaces at the start or end of the AE title.</source>
        <translation>AE title के शुरू या अंत की ख़ाली जगह हटाएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="23"/>
        <source>Use only English letters, digits, spaces and simple signs such as _ or - in the AE title (no \ and no special characters).</source>
        <translation>AE title में केवल अंग्रेज़ी अक्षर, अंक, ख़ाली जगह और _ या - जैसे सरल चिह्न इस्तेमाल करें (\ और विशेष चिह्न नहीं)।</translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="28"/>
        <source>The port is a number, for example 11112.</source>
        <translation>पोर्ट एक संख्या है, जैसे 11112।</translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="29"/>
        <source>Choose a port between 1024 and 65535, for example 11112.</source>
        <translation>1024 और 65535 के बीच का पोर्ट चुनें, जैसे 11112।</translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="32"/>
        <source>That case no longer exists. Choose another case or the incoming tray.</source>
        <translation>वह केस अब मौजूद नहीं है। कोई दूसरा केस या आने वाली ट्रे चुनें।</translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="35"/>
        <source>One of the machine names is not a valid AE title (at most 16 letters or digits). Separate names with commas.</source>
        <translation>मशीनों के नामों में से एक मान्य AE title नहीं है (अधिकतम 16 अक्षर या अंक)। नामों को अल्पविराम से अलग करें।</translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="40"/>
        <source>Some settings need attention. Nothing was changed.</source>
        <translation>कुछ सेटिंग्स पर ध्यान देना ज़रूरी है। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="43"/>
        <source>Another program on this computer is already using this port, so CaseBridge cannot receive images on it. Choose another port (for example 11113) and set the same port on the scanner.</source>
        <translation>इस कंप्यूटर पर कोई दूसरा प्रोग्राम पहले से यह पोर्ट इस्तेमाल कर रहा है, इसलिए CaseBridge इस पर चित्र नहीं ले सकता। कोई दूसरा पोर्ट चुनें (जैसे 11113) और स्कैनर पर भी वही पोर्ट रखें।</translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="49"/>
        <source>This computer does not allow CaseBridge to use this port. Choose a port between 1024 and 65535, for example 11112.</source>
        <translation>यह कंप्यूटर CaseBridge को यह पोर्ट इस्तेमाल नहीं करने देता। 1024 और 65535 के बीच का पोर्ट चुनें, जैसे 11112।</translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="54"/>
        <source>This computer has no network connection to listen on. Connect it to the network the scanner is on, then switch receiving on again.</source>
        <translation>इस कंप्यूटर पर सुनने के लिए कोई नेटवर्क कनेक्शन नहीं है। इसे उस नेटवर्क से जोड़ें जिस पर स्कैनर है, फिर चित्र प्राप्त करना फिर से चालू करें।</translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="59"/>
        <source>Receiving images stopped because of an unexpected problem. Switch it off and on again in Settings.</source>
        <translation>एक अनपेक्षित समस्या के कारण चित्र प्राप्त करना रुक गया। सेटिंग्स में इसे बंद करके फिर से चालू करें।</translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="64"/>
        <source>A scanner sent an image that could not be read. Ask the operator to send it again.</source>
        <translation>एक स्कैनर ने ऐसा चित्र भेजा जो पढ़ा नहीं जा सका। ऑपरेटर से इसे फिर से भेजने को कहें।</translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="68"/>
        <source>These images name a different patient from the case. File them only if you are sure they belong to this patient.</source>
        <translation>इन चित्रों में केस से अलग मरीज़ का नाम है। इन्हें तभी रखें जब आपको पक्का हो कि ये इसी मरीज़ के हैं।</translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="73"/>
        <source>These images could not be added to the case. They stay in the incoming tray.</source>
        <translation>ये चित्र केस में जोड़े नहीं जा सके। ये आने वाली ट्रे में रहते हैं।</translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="80"/>
        <source>Waiting to be filed</source>
        <translation>रखे जाने की प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="81"/>
        <source>Sent for a case, but the patient&apos;s details differ: check and file</source>
        <translation>एक केस के लिए भेजा गया, पर मरीज़ का विवरण अलग है: जाँचें और रखें</translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="84"/>
        <source>Sent for a case that no longer exists: choose a case</source>
        <translation>ऐसे केस के लिए भेजा गया जो अब मौजूद नहीं: कोई केस चुनें</translation>
    </message>
    <message>
        <location filename="../../wording/receiver.py" line="87"/>
        <source>Could not be added to the case automatically: file it by hand</source>
        <translation>अपने आप केस में नहीं जोड़ा जा सका: हाथ से रखें</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="16"/>
        <source>Lab report</source>
        <translation>लैब रिपोर्ट</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="17"/>
        <source>Imaging report (X-ray, CT, MRI, ultrasound)</source>
        <translation>इमेजिंग रिपोर्ट (एक्स-रे, CT, MRI, अल्ट्रासाउंड)</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="18"/>
        <source>Discharge summary</source>
        <translation>डिस्चार्ज सारांश</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="19"/>
        <source>Prescription</source>
        <translation>पर्चा (प्रिस्क्रिप्शन)</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="20"/>
        <source>Pathology or biopsy report</source>
        <translation>पैथोलॉजी या बायोप्सी रिपोर्ट</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="21"/>
        <source>ECG</source>
        <translation>ECG</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="22"/>
        <source>Clinical photo (wound, rash, swelling)</source>
        <translation>क्लिनिकल फ़ोटो (घाव, चकत्ते, सूजन)</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="23"/>
        <source>Other document</source>
        <translation>अन्य दस्तावेज़</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="27"/>
        <source>Not read yet</source>
        <translation>अभी नहीं पढ़ा गया</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="28"/>
        <source>Read</source>
        <translation>पढ़ा गया</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="29"/>
        <source>Could not be read</source>
        <translation>पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="30"/>
        <source>Not a document</source>
        <translation>दस्तावेज़ नहीं</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="35"/>
        <source>This PDF is locked with a password, so its lab values cannot be read. Ask the lab for an unlocked copy, or print it and attach a photo. The file itself is kept.</source>
        <translation>यह PDF पासवर्ड से बंद है, इसलिए इसके लैब मान पढ़े नहीं जा सकते। लैब से बिना ताले की प्रति माँगें, या इसे प्रिंट करके फ़ोटो जोड़ें। फ़ाइल ख़ुद रखी गई है।</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="40"/>
        <source>This PDF is damaged and cannot be read. Copy it again from the original (email, WhatsApp or the lab&apos;s website) and attach the new copy.</source>
        <translation>यह PDF ख़राब है और पढ़ी नहीं जा सकती। इसे मूल (ईमेल, WhatsApp या लैब की वेबसाइट) से फिर से कॉपी करें और नई प्रति जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="45"/>
        <source>This photo cannot be opened (the file is damaged or in a format CaseBridge does not read). Take the photo again, or save it as JPEG.</source>
        <translation>यह फ़ोटो नहीं खुल सकता (फ़ाइल ख़राब है या ऐसे रूप में है जिसे CaseBridge नहीं पढ़ता)। फ़ोटो फिर से लें, या JPEG के रूप में सहेजें।</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="50"/>
        <source>This picture is far larger than any phone photo, so it was not opened. Attach a normal photo of the report instead.</source>
        <translation>यह चित्र किसी भी फ़ोन फ़ोटो से कहीं बड़ा है, इसलिए खोला नहीं गया। इसकी जगह रिपोर्ट का सामान्य फ़ोटो जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="55"/>
        <source>This is a scan or a photo, and reading text from pictures needs the free Tesseract OCR program with English, which is not installed on this computer. Ask your IT person to install it, or type the values in by hand.</source>
        <translation>यह स्कैन या फ़ोटो है, और चित्रों से अक्षर पढ़ने के लिए अंग्रेज़ी के साथ मुफ़्त Tesseract OCR प्रोग्राम चाहिए, जो इस कंप्यूटर पर इंस्टॉल नहीं है। अपने IT व्यक्ति से इसे इंस्टॉल करने को कहें, या मान हाथ से लिखें।</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="61"/>
        <source>Reading the text from this picture failed. Try a sharper, straight photo in good light, or type the values in by hand.</source>
        <translation>इस चित्र से अक्षर पढ़ना विफल रहा। अच्छी रोशनी में ज़्यादा साफ़, सीधा फ़ोटो आज़माएँ, या मान हाथ से लिखें।</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="66"/>
        <source>CaseBridge reads text only from PDFs and photos; this file is kept but not read.</source>
        <translation>CaseBridge केवल PDF और फ़ोटो से अक्षर पढ़ता है; यह फ़ाइल रखी गई है पर पढ़ी नहीं गई।</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="70"/>
        <source>This document could not be read. It is kept; type the values in by hand.</source>
        <translation>यह दस्तावेज़ पढ़ा नहीं जा सका। यह रखा गया है; मान हाथ से लिखें।</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="73"/>
        <source>Some pages are scans and were not read, because the Tesseract OCR program is not installed. Check those pages by eye.</source>
        <translation>कुछ पृष्ठ स्कैन हैं और पढ़े नहीं गए, क्योंकि Tesseract OCR प्रोग्राम इंस्टॉल नहीं है। उन पृष्ठों को आँख से जाँचें।</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="78"/>
        <source>Stopped. Nothing was half-saved.</source>
        <translation>रोक दिया गया। कुछ भी आधा सहेजा नहीं गया।</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="79"/>
        <source>No lab values were found in this document.</source>
        <translation>इस दस्तावेज़ में कोई लैब मान नहीं मिला।</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="80"/>
        <source>This file cannot be found or opened. Check the name and the folder.</source>
        <translation>यह फ़ाइल न मिल रही है न खुल रही है। नाम और फ़ोल्डर जाँचें।</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="83"/>
        <source>This PDF has far more pages than a lab report, so its text was not read. The file is kept and sent with the case; type the important values in by hand.</source>
        <translation>इस PDF में किसी लैब रिपोर्ट से कहीं ज़्यादा पृष्ठ हैं, इसलिए इसके अक्षर पढ़े नहीं गए। फ़ाइल रखी गई है और केस के साथ भेजी जाएगी; ज़रूरी मान हाथ से लिखें।</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="88"/>
        <source>A page of this PDF holds far more content than any printed report, so its text was not read. The file is kept and sent with the case; type the values in by hand.</source>
        <translation>इस PDF के एक पृष्ठ में किसी भी छपी रिपोर्ट से कहीं ज़्यादा सामग्री है, इसलिए इसके अक्षर पढ़े नहीं गए। फ़ाइल रखी गई है और केस के साथ भेजी जाएगी; मान हाथ से लिखें।</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="93"/>
        <source>Reading this PDF took too long and was stopped. The file is kept and sent with the case; type the important values in by hand.</source>
        <translation>इस PDF को पढ़ने में बहुत समय लगा और इसे रोक दिया गया। फ़ाइल रखी गई है और केस के साथ भेजी जाएगी; ज़रूरी मान हाथ से लिखें।</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="101"/>
        <source>Low</source>
        <translation>कम</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="102"/>
        <source>High</source>
        <translation>अधिक</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="103"/>
        <source>Critical: tell the doctor now</source>
        <translation>गंभीर: डॉक्टर को अभी बताएँ</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="108"/>
        <source>Method</source>
        <translation>विधि</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="109"/>
        <source>How the lab measured the value, as printed on the report</source>
        <translation>लैब ने मान कैसे नापा, जैसा रिपोर्ट पर छपा है</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="113"/>
        <source>Needed</source>
        <translation>ज़रूरी</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="114"/>
        <source>Recommended</source>
        <translation>सुझाया गया</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="115"/>
        <source>Usually not needed</source>
        <translation>आमतौर पर ज़रूरी नहीं</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="119"/>
        <source>No checklist chosen for this case. Choose the condition to see which tests are usually needed.</source>
        <translation>इस केस के लिए कोई जाँच-सूची नहीं चुनी गई। आमतौर पर कौन-सी जाँचें ज़रूरी होती हैं, यह देखने के लिए बीमारी चुनें।</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="124"/>
        <source>Nothing on the checklist seems to be missing.</source>
        <translation>जाँच-सूची में कुछ भी कम नहीं लगता।</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="127"/>
        <source>These are suggestions from guidelines. You can send the case without them.</source>
        <translation>ये दिशानिर्देशों से सुझाव हैं। आप केस इनके बिना भी भेज सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="135"/>
        <source>Case summary for the specialist</source>
        <translation>विशेषज्ञ के लिए केस का सारांश</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="136"/>
        <location filename="../../wording/opinion_view.py" line="80"/>
        <location filename="../../wording/review.py" line="163"/>
        <location filename="../../wording/review.py" line="190"/>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="137"/>
        <location filename="../../wording/review.py" line="195"/>
        <source>Questions</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="139"/>
        <source>Clinical summary</source>
        <translation>चिकित्सा सारांश</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="140"/>
        <source>Documents by date</source>
        <translation>तारीख़ के अनुसार दस्तावेज़</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="141"/>
        <source>Abnormal lab values</source>
        <translation>असामान्य लैब मान</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="142"/>
        <source>Imaging studies (series / images)</source>
        <translation>इमेजिंग स्टडी (सीरीज़ / चित्र)</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="143"/>
        <source>Possibly missing investigations</source>
        <translation>शायद छूटी जाँचें</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="144"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="145"/>
        <source>no date</source>
        <translation>कोई तारीख़ नहीं</translation>
    </message>
    <message>
        <location filename="../../wording/clinical.py" line="146"/>
        <location filename="../../wording/review.py" line="244"/>
        <source>{age} years</source>
        <translation>{age} वर्ष</translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="13"/>
        <source>This folder is not a case bundle: envelope.json is missing.</source>
        <translation>यह फ़ोल्डर केस बंडल नहीं है: envelope.json ग़ायब है।</translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="16"/>
        <source>The bundle&apos;s envelope is damaged. Ask the sender to send the case again.</source>
        <translation>बंडल का लिफ़ाफ़ा ख़राब है। भेजने वाले से केस फिर से भेजने को कहें।</translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="19"/>
        <source>This bundle was made by a newer or different program. Update CaseBridge and try again.</source>
        <translation>यह बंडल किसी नए या दूसरे प्रोग्राम से बना है। CaseBridge अपडेट करें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="23"/>
        <source>The bundle is not signed (envelope.sig is missing). Do not trust it.</source>
        <translation>बंडल पर हस्ताक्षर नहीं है (envelope.sig ग़ायब है)। इस पर भरोसा न करें।</translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="26"/>
        <source>The sender&apos;s signature does not match: the bundle was changed after it was made. Do not trust it; ask for it again.</source>
        <translation>भेजने वाले का हस्ताक्षर मेल नहीं खाता: बंडल बनने के बाद बदला गया। इस पर भरोसा न करें; इसे फिर से माँगें।</translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="31"/>
        <source>The bundle claims to come from a device whose key did not sign it.</source>
        <translation>बंडल ऐसे डिवाइस से आने का दावा करता है जिसकी कुंजी ने इस पर हस्ताक्षर नहीं किए।</translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="34"/>
        <source>A file of the bundle is missing. Copy the whole bundle folder again.</source>
        <translation>बंडल की एक फ़ाइल ग़ायब है। पूरा बंडल फ़ोल्डर फिर से कॉपी करें।</translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="37"/>
        <source>A file of the bundle was changed or damaged on the way. Copy or download it again.</source>
        <translation>बंडल की एक फ़ाइल रास्ते में बदल गई या ख़राब हो गई। इसे फिर से कॉपी या डाउनलोड करें।</translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="41"/>
        <source>The bundle folder holds a file that is not part of the bundle.</source>
        <translation>बंडल फ़ोल्डर में एक ऐसी फ़ाइल है जो बंडल का हिस्सा नहीं है।</translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="44"/>
        <source>This device already sent another bundle with the same number: this may be a replay.</source>
        <translation>इस डिवाइस ने इसी नंबर का एक और बंडल पहले भेजा है: यह दोहराया गया (रीप्ले) हो सकता है।</translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="48"/>
        <source>This bundle was not sealed for the key given. Use the recipient&apos;s key file.</source>
        <translation>यह बंडल दी गई कुंजी के लिए बंद नहीं किया गया था। पाने वाले की कुंजी फ़ाइल इस्तेमाल करें।</translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="51"/>
        <source>The bundle&apos;s contents list cannot be read. Ask for the bundle again.</source>
        <translation>बंडल की सामग्री-सूची पढ़ी नहीं जा सकती। बंडल फिर से माँगें।</translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="54"/>
        <source>The contents were not signed by the sending device. Do not trust them.</source>
        <translation>सामग्री पर भेजने वाले डिवाइस के हस्ताक्षर नहीं थे। इन पर भरोसा न करें।</translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="57"/>
        <source>The contents list does not match the envelope. Do not trust this bundle.</source>
        <translation>सामग्री-सूची लिफ़ाफ़े से मेल नहीं खाती। इस बंडल पर भरोसा न करें।</translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="60"/>
        <source>A file decrypts to something other than what was sent. Ask for it again.</source>
        <translation>एक फ़ाइल खुलकर भेजी गई चीज़ से अलग निकलती है। इसे फिर से माँगें।</translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="66"/>
        <source>The key file holds no age key (a line starting AGE-SECRET-KEY-1).</source>
        <translation>कुंजी फ़ाइल में कोई age कुंजी नहीं है (AGE-SECRET-KEY-1 से शुरू होने वाली पंक्ति)।</translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="69"/>
        <source>The recipient is not an age public key (it starts with age1).</source>
        <translation>पाने वाला age सार्वजनिक कुंजी नहीं है (यह age1 से शुरू होती है)।</translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="72"/>
        <source>The output folder already holds files. Choose a new or empty folder.</source>
        <translation>आउटपुट फ़ोल्डर में पहले से फ़ाइलें हैं। नया या ख़ाली फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="75"/>
        <source>This .tar file is not a case bundle (it holds other files). Nothing was unpacked.</source>
        <translation>यह .tar फ़ाइल केस बंडल नहीं है (इसमें दूसरी फ़ाइलें हैं)। कुछ भी खोला नहीं गया।</translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="79"/>
        <source>This .tar file is damaged or incomplete. Copy it from the USB stick again.</source>
        <translation>यह .tar फ़ाइल ख़राब या अधूरी है। इसे USB स्टिक से फिर से कॉपी करें।</translation>
    </message>
    <message>
        <location filename="../../wording/bundle.py" line="82"/>
        <source>The bundle did not pass its checks; nothing was opened.</source>
        <translation>बंडल अपनी जाँचों में पास नहीं हुआ; कुछ भी खोला नहीं गया।</translation>
    </message>
    <message>
        <location filename="../../wording/deid.py" line="13"/>
        <source>The image says it has writing burned into it, which may show the patient&apos;s name. Look at it before sending it without identity.</source>
        <translation>चित्र बताता है कि उसमें लिखावट जली हुई है, जिसमें मरीज़ का नाम दिख सकता है। पहचान के बिना भेजने से पहले इसे देख लें।</translation>
    </message>
    <message>
        <location filename="../../wording/deid.py" line="18"/>
        <source>Ultrasound machines often write the patient&apos;s name or ID on the image. Look at it before sending it without identity.</source>
        <translation>अल्ट्रासाउंड मशीनें अक्सर चित्र पर मरीज़ का नाम या आईडी लिखती हैं। पहचान के बिना भेजने से पहले इसे देख लें।</translation>
    </message>
    <message>
        <location filename="../../wording/deid.py" line="23"/>
        <source>This image is a screenshot or a scanned page, which often shows the patient&apos;s name. Look at it before sending it without identity.</source>
        <translation>यह चित्र स्क्रीनशॉट या स्कैन किया गया पृष्ठ है, जिसमें अक्सर मरीज़ का नाम दिखता है। पहचान के बिना भेजने से पहले इसे देख लें।</translation>
    </message>
    <message>
        <location filename="../../wording/deid.py" line="28"/>
        <source>A document stored inside a DICOM file (such as a PDF report) names the patient, so it was left out of the bundle without identity.</source>
        <translation>DICOM फ़ाइल के अंदर रखे एक दस्तावेज़ (जैसे PDF रिपोर्ट) में मरीज़ का नाम है, इसलिए पहचान के बिना वाले बंडल से इसे छोड़ दिया गया।</translation>
    </message>
    <message>
        <location filename="../../wording/deid.py" line="36"/>
        <source>This file is not DICOM, so it cannot be sent without identity.</source>
        <translation>यह फ़ाइल DICOM नहीं है, इसलिए पहचान के बिना भेजी नहीं जा सकती।</translation>
    </message>
    <message>
        <location filename="../../wording/deid.py" line="39"/>
        <source>This DICOM file is damaged and cannot be read. It was not sent.</source>
        <translation>यह DICOM फ़ाइल ख़राब है और पढ़ी नहीं जा सकती। इसे नहीं भेजा गया।</translation>
    </message>
    <message>
        <location filename="../../wording/deid.py" line="42"/>
        <source>The copy without identity could not be written. Check the free disk space.</source>
        <translation>पहचान के बिना वाली प्रति लिखी नहीं जा सकी। डिस्क पर ख़ाली जगह जाँचें।</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="16"/>
        <source>Enrollment code</source>
        <translation>नामांकन कोड</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="17"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="18"/>
        <source>Specialties</source>
        <translation>विशेषज्ञताएँ</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="20"/>
        <source>Qualification</source>
        <translation>योग्यता</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="21"/>
        <source>Medical council</source>
        <translation>मेडिकल काउंसिल</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="22"/>
        <source>Registration number</source>
        <translation>पंजीकरण नंबर</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="23"/>
        <source>Valid until</source>
        <translation>कब तक मान्य</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="24"/>
        <source>Service key fingerprint</source>
        <translation>सेवा की कुंजी की पहचान (फ़िंगरप्रिंट)</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="28"/>
        <source>Service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="29"/>
        <source>Ed25519 signing key</source>
        <translation>Ed25519 हस्ताक्षर कुंजी</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="30"/>
        <source>Fingerprint</source>
        <translation>फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="31"/>
        <source>age recipient</source>
        <translation>age पाने वाला</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="35"/>
        <source>Enrolled devices</source>
        <translation>नामांकित डिवाइस</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="36"/>
        <source>Bundles received</source>
        <translation>मिले बंडल</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="37"/>
        <source>Uploads in progress</source>
        <translation>चल रहे अपलोड</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="38"/>
        <source>Bundles waiting for their check</source>
        <translation>जाँच की प्रतीक्षा में बंडल</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="39"/>
        <source>Cases waiting for a specialist</source>
        <translation>विशेषज्ञ की प्रतीक्षा में केस</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="40"/>
        <source>Database</source>
        <translation>डेटाबेस</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="41"/>
        <source>File storage</source>
        <translation>फ़ाइल भंडारण</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="44"/>
        <source>Case {bundle_id} is now assigned to {device_id}.</source>
        <translation>केस {bundle_id} अब {device_id} को सौंपा गया है।</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="46"/>
        <source>No case is waiting for or with a specialist.</source>
        <translation>कोई केस विशेषज्ञ की प्रतीक्षा में या विशेषज्ञ के पास नहीं है।</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="47"/>
        <source>{bundle_id}  {specialty}  {urgency}  {state}  {who}  due {due}</source>
        <translation>{bundle_id}  {specialty}  {urgency}  {state}  {who}  अंतिम तिथि {due}</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="50"/>
        <source>OVERDUE</source>
        <translation>समय निकल गया</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="52"/>
        <source>urgent</source>
        <translation>अत्यावश्यक</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="53"/>
        <source>routine</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="56"/>
        <source>waiting for a specialist</source>
        <translation>विशेषज्ञ की प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="57"/>
        <source>offered</source>
        <translation>पेश किया गया</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="58"/>
        <source>accepted</source>
        <translation>स्वीकार किया</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="62"/>
        <source>No bundle with that id at this service. Check the id and the data folder.</source>
        <translation>इस सेवा में उस आईडी का कोई बंडल नहीं है। आईडी और डेटा फ़ोल्डर जाँचें।</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="65"/>
        <source>No enrolled device with that id. Check the id with the specialist.</source>
        <translation>उस आईडी का कोई नामांकित डिवाइस नहीं है। विशेषज्ञ से आईडी जाँचें।</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="68"/>
        <source>That case cannot be assigned: it must have passed its check, and the device must be an enrolled specialist.</source>
        <translation>वह केस सौंपा नहीं जा सकता: उसकी जाँच पास होनी चाहिए, और डिवाइस नामांकित विशेषज्ञ का होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="73"/>
        <source>That specialist does not take cases of this specialty. Choose one who does (service assign --list shows each case&apos;s specialty).</source>
        <translation>वह विशेषज्ञ इस विशेषज्ञता के केस नहीं लेते। ऐसे विशेषज्ञ चुनें जो लेते हों (service assign --list हर केस की विशेषज्ञता दिखाता है)।</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="78"/>
        <source>Give either --list, or a bundle id and --to DEVICE_ID.</source>
        <translation>या तो --list दें, या एक बंडल आईडी और --to DEVICE_ID।</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="81"/>
        <source>A specialist code needs at least one --specialty; a clinic code takes none.</source>
        <translation>विशेषज्ञ के कोड के लिए कम से कम एक --specialty चाहिए; क्लिनिक का कोड कोई नहीं लेता।</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="85"/>
        <source>The service could not listen on that address. Choose another --port.</source>
        <translation>सेवा उस पते पर सुन नहीं सकी। कोई दूसरा --port चुनें।</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="88"/>
        <source>The settings file could not be read. Check its path and its keys against docs/service-at-scale.md.</source>
        <translation>सेटिंग्स फ़ाइल पढ़ी नहीं जा सकी। उसका पथ और उसकी कुंजियाँ docs/service-at-scale.md से मिलाकर जाँचें।</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="93"/>
        <source>The service&apos;s database or file storage could not be reached. Check --db, --storage and the AWS_* variables.</source>
        <translation>सेवा का डेटाबेस या फ़ाइल भंडारण नहीं मिल सका। --db, --storage और AWS_* चर जाँचें।</translation>
    </message>
    <message>
        <location filename="../../wording/service.py" line="98"/>
        <source>The service stopped with an error. See service.log in its data folder.</source>
        <translation>सेवा एक त्रुटि के साथ रुक गई। उसके डेटा फ़ोल्डर में service.log देखें।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="15"/>
        <source>The opinion service cannot be reached. Cases wait in the outbox and are sent by themselves when the connection returns.</source>
        <translation>राय सेवा तक नहीं पहुँचा जा सकता। केस आउटबॉक्स में प्रतीक्षा करते हैं और कनेक्शन लौटने पर अपने आप भेजे जाते हैं।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="20"/>
        <source>The opinion service had a problem and asked us to wait. Sending is tried again by itself in a moment.</source>
        <translation>राय सेवा में कोई समस्या थी और उसने प्रतीक्षा करने को कहा। भेजना थोड़ी देर में अपने आप फिर से आज़माया जाएगा।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="25"/>
        <source>enroll this device first: casebridge enroll URL CODE</source>
        <translation>पहले इस डिवाइस का नामांकन करें: casebridge enroll URL CODE</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="29"/>
        <source>This enrollment code is not known or has expired (codes last 7 days). Ask the service administrator for a new one.</source>
        <translation>यह नामांकन कोड ज्ञात नहीं है या इसकी अवधि ख़त्म हो गई (कोड 7 दिन चलते हैं)। सेवा के प्रशासक से नया कोड माँगें।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="34"/>
        <source>This enrollment code was already used by another computer. Ask the service administrator for a new one.</source>
        <translation>यह नामांकन कोड किसी दूसरे कंप्यूटर ने पहले ही इस्तेमाल कर लिया। सेवा के प्रशासक से नया कोड माँगें।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="39"/>
        <source>The service did not accept this computer&apos;s keys. Update CaseBridge and enroll again.</source>
        <translation>सेवा ने इस कंप्यूटर की कुंजियाँ स्वीकार नहीं कीं। CaseBridge अपडेट करें और फिर से नामांकन करें।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="43"/>
        <source>The service&apos;s keys do not match its name: this may not be the real service. Check the address with the administrator.</source>
        <translation>सेवा की कुंजियाँ उसके नाम से मेल नहीं खातीं: यह असली सेवा नहीं हो सकती। प्रशासक से पता जाँचें।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="48"/>
        <source>The address answered, but not like a CaseBridge opinion service. Check the address.</source>
        <translation>पते ने जवाब दिया, पर CaseBridge राय सेवा की तरह नहीं। पता जाँचें।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="52"/>
        <source>The service refused the request as malformed. Update CaseBridge; if it persists, tell the service administrator.</source>
        <translation>सेवा ने अनुरोध को ग़लत बनावट वाला कहकर अस्वीकार किया। CaseBridge अपडेट करें; अगर यह बना रहे, तो सेवा के प्रशासक को बताएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="58"/>
        <source>This computer&apos;s sign-in to the service expired and could not be renewed. Enroll it again with a new code.</source>
        <translation>सेवा में इस कंप्यूटर का साइन-इन ख़त्म हो गया और नवीनीकृत नहीं हो सका। नए कोड से इसका फिर से नामांकन करें।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="63"/>
        <source>The service no longer recognises this computer&apos;s sign-in. Enroll it again with a new code.</source>
        <translation>सेवा अब इस कंप्यूटर के साइन-इन को नहीं पहचानती। नए कोड से इसका फिर से नामांकन करें।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="68"/>
        <source>Renewing this computer&apos;s sign-in failed. Check that its clock and connection are working, then try again.</source>
        <translation>इस कंप्यूटर का साइन-इन नवीनीकृत करना विफल रहा। जाँचें कि इसकी घड़ी और कनेक्शन ठीक चल रहे हैं, फिर फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="73"/>
        <source>The service does not know this computer. Enroll it again with a new code.</source>
        <translation>सेवा इस कंप्यूटर को नहीं जानती। नए कोड से इसका फिर से नामांकन करें।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="77"/>
        <source>The service administrator has blocked this computer. Contact them before sending.</source>
        <translation>सेवा के प्रशासक ने इस कंप्यूटर को रोक दिया है। भेजने से पहले उनसे संपर्क करें।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="81"/>
        <source>This computer is enrolled as a specialist&apos;s, and only a clinic&apos;s computer sends cases. Enroll it as a clinic with a new code.</source>
        <translation>यह कंप्यूटर विशेषज्ञ के रूप में नामांकित है, और केवल क्लिनिक का कंप्यूटर केस भेजता है। नए कोड से इसे क्लिनिक के रूप में नामांकित करें।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="86"/>
        <source>The service says this case belongs to another computer. Build it again from this computer and send it.</source>
        <translation>सेवा कहती है कि यह केस किसी दूसरे कंप्यूटर का है। इसे इसी कंप्यूटर से फिर से बनाएँ और भेजें।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="92"/>
        <source>The service could not verify this computer&apos;s signature on the case. Enroll this computer again, then send the case again.</source>
        <translation>सेवा केस पर इस कंप्यूटर के हस्ताक्षर की पुष्टि नहीं कर सकी। इस कंप्यूटर का फिर से नामांकन करें, फिर केस फिर से भेजें।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="97"/>
        <source>The service could not read this case&apos;s package. Send the case again (a new package is built).</source>
        <translation>सेवा इस केस का पैकेज पढ़ नहीं सकी। केस फिर से भेजें (नया पैकेज बनता है)।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="102"/>
        <source>The service does not understand this version of CaseBridge&apos;s packages. Update CaseBridge or ask the administrator to update the service.</source>
        <translation>सेवा CaseBridge के पैकेजों का यह संस्करण नहीं समझती। CaseBridge अपडेट करें या प्रशासक से सेवा अपडेट करने को कहें।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="107"/>
        <source>The service already has another package with this number from this computer. Send the case again (a new package is built).</source>
        <translation>सेवा के पास इस कंप्यूटर से इसी नंबर का एक और पैकेज पहले से है। केस फिर से भेजें (नया पैकेज बनता है)।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="112"/>
        <source>This case is larger than the service accepts. Send fewer image series.</source>
        <translation>यह केस सेवा की स्वीकार सीमा से बड़ा है। कम इमेज सीरीज़ भेजें।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="116"/>
        <source>A file of this case&apos;s package is not the size the package says. Send the case again.</source>
        <translation>इस केस के पैकेज की एक फ़ाइल उस आकार की नहीं है जो पैकेज बताता है। केस फिर से भेजें।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="120"/>
        <source>The service does not expect one of this package&apos;s files. Send the case again.</source>
        <translation>सेवा इस पैकेज की एक फ़ाइल की अपेक्षा नहीं करती। केस फिर से भेजें।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="124"/>
        <source>The service had forgotten this case; it is being registered and sent again.</source>
        <translation>सेवा यह केस भूल गई थी; इसे फिर से दर्ज करके भेजा जा रहा है।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="128"/>
        <location filename="../../wording/sync.py" line="132"/>
        <source>An unfinished file expired at the service; it is being sent again from the start.</source>
        <translation>सेवा पर एक अधूरी फ़ाइल की अवधि ख़त्म हो गई; इसे शुरू से फिर से भेजा जा रहा है।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="136"/>
        <source>The service and this computer disagreed on a file&apos;s progress; resuming.</source>
        <translation>सेवा और इस कंप्यूटर में एक फ़ाइल की प्रगति पर असहमति थी; आगे से जारी है।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="139"/>
        <source>Some files had not fully arrived; they are being sent again.</source>
        <translation>कुछ फ़ाइलें पूरी नहीं पहुँची थीं; उन्हें फिर से भेजा जा रहा है।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="142"/>
        <source>A file was damaged on the way; it is being sent again from the start.</source>
        <translation>एक फ़ाइल रास्ते में ख़राब हो गई; इसे शुरू से फिर से भेजा जा रहा है।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="146"/>
        <source>This case&apos;s package is missing or damaged on this computer. Send the case again.</source>
        <translation>इस केस का पैकेज इस कंप्यूटर पर ग़ायब या ख़राब है। केस फिर से भेजें।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="150"/>
        <source>The service&apos;s receipt is not signed by the service this computer enrolled with, so the case is not marked delivered. Tell the service administrator.</source>
        <translation>सेवा की रसीद पर उस सेवा के हस्ताक्षर नहीं हैं जिसमें यह कंप्यूटर नामांकित है, इसलिए केस को पहुँचा हुआ चिह्नित नहीं किया गया। सेवा के प्रशासक को बताएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="155"/>
        <source>The service&apos;s receipt does not list this case&apos;s files as sent, so the case is not marked delivered. Tell the service administrator.</source>
        <translation>सेवा की रसीद में इस केस की फ़ाइलें भेजी गई नहीं दिखतीं, इसलिए केस को पहुँचा हुआ चिह्नित नहीं किया गया। सेवा के प्रशासक को बताएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="160"/>
        <source>A status update was not signed by the service and was ignored. Tell the service administrator.</source>
        <translation>एक स्थिति-अपडेट पर सेवा के हस्ताक्षर नहीं थे और उसे अनदेखा किया गया। सेवा के प्रशासक को बताएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="165"/>
        <source>The service answered an upload without saying where it goes. Tell the service administrator.</source>
        <translation>सेवा ने अपलोड का जवाब यह बताए बिना दिया कि वह कहाँ जाएगा। सेवा के प्रशासक को बताएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="170"/>
        <source>The service answered an upload without its progress. Tell the service administrator.</source>
        <translation>सेवा ने अपलोड का जवाब उसकी प्रगति बताए बिना दिया। सेवा के प्रशासक को बताएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="175"/>
        <source>An opinion was kept out: it is not signed by the specialist the service named. Tell the service administrator.</source>
        <translation>एक राय बाहर रखी गई: उस पर उस विशेषज्ञ के हस्ताक्षर नहीं हैं जिसका नाम सेवा ने बताया। सेवा के प्रशासक को बताएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="180"/>
        <source>An opinion was kept out: it answers a case or a version of a case that this computer did not send. Tell the service administrator.</source>
        <translation>एक राय बाहर रखी गई: यह ऐसे केस या केस के संस्करण का उत्तर है जो इस कंप्यूटर ने नहीं भेजा। सेवा के प्रशासक को बताएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="185"/>
        <source>An opinion was kept out: it was changed or damaged on the way. Tell the service administrator, who can send it again.</source>
        <translation>एक राय बाहर रखी गई: यह रास्ते में बदल गई या ख़राब हो गई। सेवा के प्रशासक को बताएँ, वे इसे फिर से भेज सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="190"/>
        <source>An opinion that is already here came again; the copy was kept out. Nothing needs to be done.</source>
        <translation>जो राय पहले से यहाँ है वह फिर से आई; उसकी प्रति बाहर रखी गई। कुछ करने की ज़रूरत नहीं।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="195"/>
        <source>An opinion was kept out: it was written by a newer version of CaseBridge. Update CaseBridge and ask the service administrator to send it again.</source>
        <translation>एक राय बाहर रखी गई: यह CaseBridge के नए संस्करण से लिखी गई थी। CaseBridge अपडेट करें और सेवा के प्रशासक से इसे फिर से भेजने को कहें।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="200"/>
        <source>An opinion the service announced could not be fetched from it, so it was kept out. Tell the service administrator.</source>
        <translation>सेवा ने जिस राय की सूचना दी, वह उससे लाई नहीं जा सकी, इसलिए बाहर रखी गई। सेवा के प्रशासक को बताएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="205"/>
        <source>A notice of an opinion no longer matches the service&apos;s signature and was kept out. Tell the service administrator.</source>
        <translation>एक राय की सूचना अब सेवा के हस्ताक्षर से मेल नहीं खाती और उसे बाहर रखा गया। सेवा के प्रशासक को बताएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="210"/>
        <source>The service refused a request. Update CaseBridge; if it persists, tell the service administrator.</source>
        <translation>सेवा ने एक अनुरोध अस्वीकार किया। CaseBridge अपडेट करें; अगर यह बना रहे, तो सेवा के प्रशासक को बताएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="218"/>
        <source>Offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="219"/>
        <source>Up to date</source>
        <translation>सब अद्यतन</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="221"/>
        <source>Receiving</source>
        <translation>प्राप्त हो रहा है</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="222"/>
        <source>Paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="223"/>
        <source>Waiting to retry</source>
        <translation>फिर कोशिश की प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="229"/>
        <source>Finishing</source>
        <translation>पूरा हो रहा है</translation>
    </message>
    <message>
        <location filename="../../wording/sync.py" line="231"/>
        <source>Not sent</source>
        <translation>नहीं भेजा गया</translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="29"/>
        <source>%1 bytes</source>
        <translation>%1 बाइट</translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="30"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="31"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="32"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="35"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="36"/>
        <source>measuring speed</source>
        <translation>गति नापी जा रही है</translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="38"/>
        <source>about %1 s</source>
        <translation>लगभग %1 सेकंड</translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="39"/>
        <source>about %1 min</source>
        <translation>लगभग %1 मिनट</translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="40"/>
        <source>about %1 h</source>
        <translation>लगभग %1 घंटे</translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="41"/>
        <source>about %1 h %2 min</source>
        <translation>लगभग %1 घंटे %2 मिनट</translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="42"/>
        <source>about %1 days</source>
        <translation>लगभग %1 दिन</translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="43"/>
        <source>working it out…</source>
        <translation>हिसाब लगाया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="46"/>
        <source>%1 left</source>
        <translation>%1 बाक़ी</translation>
    </message>
    <message>
        <location filename="../../wording/units.py" line="47"/>
        <source>time left unknown</source>
        <translation>बाक़ी समय पता नहीं</translation>
    </message>
    <message>
        <location filename="../../wording/app_running.py" line="11"/>
        <source>CaseBridge is already open on this data folder. Its window was brought to the front.</source>
        <translation>CaseBridge इस डेटा फ़ोल्डर पर पहले से खुला है। उसकी विंडो सामने लाई गई।</translation>
    </message>
    <message>
        <location filename="../../wording/app_running.py" line="15"/>
        <source>CaseBridge is open on this data folder. Close the CaseBridge window first, then try again.</source>
        <translation>CaseBridge इस डेटा फ़ोल्डर पर खुला है। पहले CaseBridge की विंडो बंद करें, फिर फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../wording/cancel.py" line="13"/>
        <source>Cancelled. Nothing was queued; the case is as it was.</source>
        <translation>रद्द किया गया। कुछ भी कतार में नहीं लगाया गया; केस जैसा था वैसा है।</translation>
    </message>
    <message>
        <location filename="../../wording/cancel.py" line="14"/>
        <source>Cancelled. Nothing was attached to this case.</source>
        <translation>रद्द किया गया। इस केस में कुछ भी नहीं जोड़ा गया।</translation>
    </message>
    <message>
        <location filename="../../wording/cancel.py" line="16"/>
        <source>Cancelled. %1 files were already saved and stay in this case; the rest were not attached. Import again to add them.</source>
        <translation>रद्द किया गया। %1 फ़ाइलें पहले ही सहेजी जा चुकी थीं और इस केस में रहेंगी; बाक़ी नहीं जोड़ी गईं। उन्हें जोड़ने के लिए फिर से लाएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/forms.py" line="16"/>
        <source>Jan</source>
        <translation>जन॰</translation>
    </message>
    <message>
        <location filename="../../wording/forms.py" line="17"/>
        <source>Feb</source>
        <translation>फ़र॰</translation>
    </message>
    <message>
        <location filename="../../wording/forms.py" line="18"/>
        <source>Mar</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <location filename="../../wording/forms.py" line="19"/>
        <source>Apr</source>
        <translation>अप्रैल</translation>
    </message>
    <message>
        <location filename="../../wording/forms.py" line="20"/>
        <source>May</source>
        <translation>मई</translation>
    </message>
    <message>
        <location filename="../../wording/forms.py" line="21"/>
        <source>Jun</source>
        <translation>जून</translation>
    </message>
    <message>
        <location filename="../../wording/forms.py" line="22"/>
        <source>Jul</source>
        <translation>जुल॰</translation>
    </message>
    <message>
        <location filename="../../wording/forms.py" line="23"/>
        <source>Aug</source>
        <translation>अग॰</translation>
    </message>
    <message>
        <location filename="../../wording/forms.py" line="24"/>
        <source>Sep</source>
        <translation>सित॰</translation>
    </message>
    <message>
        <location filename="../../wording/forms.py" line="25"/>
        <source>Oct</source>
        <translation>अक्तू॰</translation>
    </message>
    <message>
        <location filename="../../wording/forms.py" line="26"/>
        <source>Nov</source>
        <translation>नव॰</translation>
    </message>
    <message>
        <location filename="../../wording/forms.py" line="27"/>
        <source>Dec</source>
        <translation>दिस॰</translation>
    </message>
    <message>
        <location filename="../../wording/forms.py" line="32"/>
        <source>Read as: {date}</source>
        <translation>ऐसे पढ़ा गया: {date}</translation>
    </message>
    <message>
        <location filename="../../wording/forms.py" line="34"/>
        <source>By the date of birth: {age} years today.</source>
        <translation>जन्म तिथि के अनुसार: आज {age} वर्ष।</translation>
    </message>
    <message>
        <location filename="../../wording/forms.py" line="35"/>
        <source>The date of birth gives {age} years today, not the age written here. Check which one is right.</source>
        <translation>जन्म तिथि से आज आयु {age} वर्ष बनती है, यहाँ लिखी आयु नहीं। जाँचें कि कौन-सी सही है।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="16"/>
        <source>There is no draft opinion for this case. Write one first: casebridge opinion draft CASE --from FILE.json</source>
        <translation>इस केस के लिए राय का कोई मसौदा नहीं है। पहले एक लिखें: casebridge opinion draft CASE --from FILE.json</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="21"/>
        <source>The opinion draft has a field it should not have, or a value of the wrong kind. Start from &apos;casebridge opinion template CASE&apos;. Nothing was saved.</source>
        <translation>राय के मसौदे में एक ऐसा खाना है जो नहीं होना चाहिए, या ग़लत प्रकार का मान है। &apos;casebridge opinion template CASE&apos; से शुरू करें। कुछ नहीं सहेजा गया।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="26"/>
        <source>The opinion needs a verdict on the diagnosis and how soon the patient should be seen in person before it can be signed.</source>
        <translation>हस्ताक्षर से पहले राय में निदान पर निर्णय और मरीज़ को कितनी जल्दी ख़ुद दिखाना है, यह होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="31"/>
        <source>Every question the clinic asked needs an answer before the opinion can be signed.</source>
        <translation>राय पर हस्ताक्षर से पहले क्लिनिक के हर प्रश्न का उत्तर होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="35"/>
        <source>This opinion is signed and cannot be changed. Write a correction: a new draft replaces it once signed.</source>
        <translation>इस राय पर हस्ताक्षर हो चुके हैं और यह बदली नहीं जा सकती। एक सुधार लिखें: हस्ताक्षर होने पर नया मसौदा इसकी जगह लेता है।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="40"/>
        <source>The opinion does not read as a CaseBridge opinion. It was not sent.</source>
        <translation>यह राय CaseBridge राय की तरह नहीं पढ़ी जाती। इसे नहीं भेजा गया।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="44"/>
        <source>The service refused the opinion: it names another case, another version of the case or another device than the one it answers. Nothing was stored.</source>
        <translation>सेवा ने राय अस्वीकार की: इसमें उस केस, केस के संस्करण या डिवाइस के बजाय कोई और नाम है जिसका यह उत्तर है। कुछ नहीं रखा गया।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="49"/>
        <source>The service refused the opinion: its signature does not hold (it was changed after signing). Nothing was stored.</source>
        <translation>सेवा ने राय अस्वीकार की: इसका हस्ताक्षर सही नहीं बैठता (हस्ताक्षर के बाद बदली गई)। कुछ नहीं रखा गया।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="54"/>
        <source>The service refused the opinion: an opinion with this number was sent before with other content. Nothing was stored.</source>
        <translation>सेवा ने राय अस्वीकार की: इस नंबर की राय पहले किसी और सामग्री के साथ भेजी गई थी। कुछ नहीं रखा गया।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="59"/>
        <source>The clinic&apos;s key as the service vouched for it cannot be used. Fetch the case again.</source>
        <translation>सेवा ने क्लिनिक की जिस कुंजी की पुष्टि की, वह इस्तेमाल नहीं की जा सकती। केस फिर से लाएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="67"/>
        <source>Verdict on the diagnosis</source>
        <translation>निदान पर निर्णय</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="68"/>
        <source>Specialist&apos;s diagnosis</source>
        <translation>विशेषज्ञ का निदान</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="69"/>
        <source>Reasons</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="70"/>
        <location filename="../../wording/opinion_view.py" line="26"/>
        <source>Severity or stage</source>
        <translation>गंभीरता या स्टेज</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="71"/>
        <source>Recommended plan</source>
        <translation>सुझाई गई योजना</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="72"/>
        <source>Treatment options and alternatives</source>
        <translation>इलाज के विकल्प</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="73"/>
        <source>Further investigations</source>
        <translation>आगे की जाँचें</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="74"/>
        <source>Lifestyle and supportive care</source>
        <translation>जीवनशैली और सहायक देखभाल</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="75"/>
        <source>Answers to the clinic&apos;s questions</source>
        <translation>क्लिनिक के प्रश्नों के उत्तर</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="76"/>
        <source>See the patient in person</source>
        <translation>मरीज़ को ख़ुद देखना</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="77"/>
        <source>Limitations of the material</source>
        <translation>सामग्री की सीमाएँ</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="78"/>
        <source>For the patient</source>
        <translation>मरीज़ के लिए</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="79"/>
        <source>Signed by</source>
        <translation>हस्ताक्षरकर्ता</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="82"/>
        <source>Confirmed</source>
        <translation>पुष्टि हुई</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="83"/>
        <source>Refined</source>
        <translation>और सटीक किया गया</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="84"/>
        <source>Changed</source>
        <translation>बदला गया</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="85"/>
        <source>Cannot judge from the material</source>
        <translation>सामग्री से निर्णय नहीं हो सकता</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="88"/>
        <source>Emergency: now</source>
        <translation>आपातकाल: अभी</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="89"/>
        <source>Within days</source>
        <translation>कुछ दिनों में</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="91"/>
        <source>Not needed</source>
        <translation>ज़रूरी नहीं</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="135"/>
        <source>Opinion on case {case}</source>
        <translation>केस {case} पर राय</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="136"/>
        <source>Version {version}</source>
        <translation>संस्करण {version}</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="137"/>
        <source>Version {version}, correcting {replaces}</source>
        <translation>संस्करण {version}, {replaces} का सुधार</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="138"/>
        <source>Your diagnosis, in a line</source>
        <translation>आपका निदान, एक पंक्ति में</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="139"/>
        <source>For example: stage II, moderate</source>
        <translation>जैसे: स्टेज II, मध्यम</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="140"/>
        <source>Option</source>
        <translation>विकल्प</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="141"/>
        <source>Cost</source>
        <translation>ख़र्च</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="142"/>
        <source>Travel</source>
        <translation>यात्रा</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="143"/>
        <source>Where it is available</source>
        <translation>यह कहाँ उपलब्ध है</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="144"/>
        <source>Add an option</source>
        <translation>एक विकल्प जोड़ें</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="145"/>
        <source>Add an investigation</source>
        <translation>एक जाँच जोड़ें</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="146"/>
        <source>One investigation</source>
        <translation>एक जाँच</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="147"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="148"/>
        <source>Question {id}</source>
        <translation>प्रश्न {id}</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="149"/>
        <source>Unanswered</source>
        <translation>उत्तर नहीं दिया</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="150"/>
        <location filename="../../wording/review.py" line="77"/>
        <source>Answered</source>
        <translation>उत्तर दिया</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="151"/>
        <source>The clinic asked no questions.</source>
        <translation>क्लिनिक ने कोई प्रश्न नहीं पूछा।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="152"/>
        <source>A few sentences in plain words the patient can understand</source>
        <translation>सरल शब्दों में कुछ वाक्य जो मरीज़ समझ सके</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="155"/>
        <source>Preview</source>
        <translation>पूर्वावलोकन</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="156"/>
        <source>What the clinic will receive</source>
        <translation>क्लिनिक को क्या मिलेगा</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="157"/>
        <source>This is the opinion exactly as the clinic will receive it if you sign now.</source>
        <translation>अगर आप अभी हस्ताक्षर करते हैं, तो क्लिनिक को राय ठीक इसी रूप में मिलेगी।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="160"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="161"/>
        <source>Sign and send</source>
        <translation>हस्ताक्षर करें और भेजें</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="162"/>
        <source>Sign this opinion?</source>
        <translation>इस राय पर हस्ताक्षर करें?</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="163"/>
        <source>Once signed, the opinion cannot be changed: a correction is a new version. It is sent to the clinic at the next sync. Sign it now?</source>
        <translation>हस्ताक्षर के बाद राय बदली नहीं जा सकती: सुधार एक नया संस्करण होता है। यह अगली सिंक पर क्लिनिक को भेजी जाएगी। अभी हस्ताक्षर करें?</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="168"/>
        <source>Signing…</source>
        <translation>हस्ताक्षर हो रहे हैं…</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="169"/>
        <source>Signed: version {version}. It is sent to the clinic at the next sync.</source>
        <translation>हस्ताक्षर हो गए: संस्करण {version}। यह अगली सिंक पर क्लिनिक को भेजा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="172"/>
        <source>Version {version} is signed and cannot be changed. To change it, write a correction.</source>
        <translation>संस्करण {version} पर हस्ताक्षर हो चुके हैं और यह बदला नहीं जा सकता। इसे बदलने के लिए एक सुधार लिखें।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="176"/>
        <source>Correct…</source>
        <translation>सुधारें…</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="177"/>
        <source>Write a correction?</source>
        <translation>सुधार लिखें?</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="178"/>
        <source>A correction starts from the signed opinion and, once signed, replaces it as a new version. The signed version stays as it is. Start a correction?</source>
        <translation>सुधार हस्ताक्षरित राय से शुरू होता है और हस्ताक्षर होने पर नए संस्करण के रूप में उसकी जगह लेता है। हस्ताक्षरित संस्करण जैसा है वैसा रहता है। सुधार शुरू करें?</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="183"/>
        <source>Still to choose: {what}</source>
        <translation>अभी चुनना बाक़ी: {what}</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="185"/>
        <source>The clinic&apos;s question {number} still needs an answer.</source>
        <translation>क्लिनिक के प्रश्न {number} का उत्तर अभी बाक़ी है।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="188"/>
        <source>{count} of the clinic&apos;s questions still need an answer: {numbers}.</source>
        <translation>क्लिनिक के {count} प्रश्नों के उत्तर अभी बाक़ी हैं: {numbers}।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="191"/>
        <source>Ready to sign.</source>
        <translation>हस्ताक्षर के लिए तैयार।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="192"/>
        <source>✓ Saved</source>
        <translation>✓ सहेजा गया</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="193"/>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="194"/>
        <source>Not saved</source>
        <translation>सहेजा नहीं गया</translation>
    </message>
    <message>
        <location filename="../../wording/opinion.py" line="195"/>
        <source>The draft could not be saved. Your text is still here; it is tried again.</source>
        <translation>मसौदा सहेजा नहीं जा सका। आपका लिखा यहीं है; फिर से कोशिश की जा रही है।</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="19"/>
        <source>This case is not offered to you (it went to another specialist). Nothing was changed.</source>
        <translation>यह केस आपको नहीं दिया गया है (यह किसी दूसरे विशेषज्ञ को गया)। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="23"/>
        <source>This computer is not enrolled as a specialist&apos;s. Enroll it with a specialist&apos;s code to review cases.</source>
        <translation>यह कंप्यूटर विशेषज्ञ के रूप में नामांकित नहीं है। केस देखने के लिए इसे विशेषज्ञ के कोड से नामांकित करें।</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="28"/>
        <source>This case is no longer yours to answer: it was declined, given to someone else or answered already.</source>
        <translation>इस केस का उत्तर देना अब आपके ज़िम्मे नहीं है: इसे अस्वीकार किया गया, किसी और को दिया गया या पहले ही उत्तर दिया जा चुका है।</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="33"/>
        <source>The service is still preparing this case for you. It is fetched by itself in a few minutes.</source>
        <translation>सेवा अभी आपके लिए यह केस तैयार कर रही है। यह कुछ मिनटों में अपने आप आ जाएगा।</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="38"/>
        <source>The record of this offer no longer carries the service&apos;s signature. Do not trust it; fetch the case again.</source>
        <translation>इस प्रस्ताव के रिकॉर्ड पर अब सेवा के हस्ताक्षर नहीं हैं। इस पर भरोसा न करें; केस फिर से लाएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="43"/>
        <source>The case&apos;s envelope names another clinic, key or files than the service offered. It was not kept; tell the service administrator.</source>
        <translation>केस के लिफ़ाफ़े में उस क्लिनिक, कुंजी या फ़ाइलों से अलग नाम हैं जो सेवा ने दिए थे। इसे रखा नहीं गया; सेवा के प्रशासक को बताएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="48"/>
        <source>The service answered a different part of a file than asked for. Fetch the case again.</source>
        <translation>सेवा ने फ़ाइल का वह हिस्सा नहीं भेजा जो माँगा गया था। केस फिर से लाएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="52"/>
        <source>A file of the case is larger than it may be. It was not kept.</source>
        <translation>केस की एक फ़ाइल अपनी सीमा से बड़ी है। इसे रखा नहीं गया।</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="55"/>
        <source>No case offered to you has this number. Check it with &apos;casebridge review list&apos;.</source>
        <translation>आपको दिए गए किसी केस का यह नंबर नहीं है। &apos;casebridge review list&apos; से जाँचें।</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="59"/>
        <source>This case is not on this computer yet. Fetch it first: casebridge review fetch CASE</source>
        <translation>यह केस अभी इस कंप्यूटर पर नहीं है। पहले इसे लाएँ: casebridge review fetch CASE</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="67"/>
        <source>To fetch</source>
        <translation>लाना है</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="68"/>
        <source>Ready to review</source>
        <translation>देखने के लिए तैयार</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="69"/>
        <source>Could not be fetched</source>
        <translation>लाया नहीं जा सका</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="70"/>
        <source>No longer yours</source>
        <translation>अब आपका नहीं</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="73"/>
        <source>Offered</source>
        <translation>पेश किया गया</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="74"/>
        <source>Accepted</source>
        <translation>स्वीकार किया</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="75"/>
        <source>Declined</source>
        <translation>अस्वीकार किया</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="76"/>
        <source>Given to someone else</source>
        <translation>किसी और को दिया गया</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="149"/>
        <source>Not started</source>
        <translation>शुरू नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="151"/>
        <source>Signed, to send</source>
        <translation>हस्ताक्षरित, भेजना है</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="152"/>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="157"/>
        <source>Assigned cases</source>
        <translation>सौंपे गए केस</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="158"/>
        <source>No cases assigned to you yet. New cases are fetched by themselves when the computer is online.</source>
        <translation>अभी आपको कोई केस नहीं सौंपा गया। कंप्यूटर ऑनलाइन होने पर नए केस अपने आप आ जाते हैं।</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="166"/>
        <source>First question</source>
        <translation>पहला प्रश्न</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="167"/>
        <source>Assigned</source>
        <translation>सौंपा गया</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="168"/>
        <source>Due by</source>
        <translation>अंतिम तिथि</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="169"/>
        <source>On this computer</source>
        <translation>इस कंप्यूटर पर</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="14"/>
        <location filename="../../wording/review.py" line="170"/>
        <source>Opinion</source>
        <translation>राय</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="16"/>
        <source>Specialist&apos;s opinion</source>
        <translation>विशेषज्ञ की राय</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="17"/>
        <source>Verdict: {verdict}</source>
        <translation>निर्णय: {verdict}</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="18"/>
        <source>Version {version}, signed {signed}, received {received}</source>
        <translation>संस्करण {version}, हस्ताक्षर {signed}, प्राप्त {received}</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="21"/>
        <source>Your questions and the specialist&apos;s answers</source>
        <translation>आपके प्रश्न और विशेषज्ञ के उत्तर</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="22"/>
        <source>Question {number}: {question}</source>
        <translation>प्रश्न {number}: {question}</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="23"/>
        <source>Answer</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="24"/>
        <source>Diagnosis</source>
        <translation>निदान (डायग्नोसिस)</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="25"/>
        <source>Why</source>
        <translation>क्यों</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="27"/>
        <source>Plan</source>
        <translation>योजना</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="28"/>
        <source>Options and alternatives</source>
        <translation>विकल्प</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="29"/>
        <source>Investigations to do</source>
        <translation>कराई जाने वाली जाँचें</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="30"/>
        <source>Tick each one when it is done; the date can be changed.</source>
        <translation>हर जाँच हो जाने पर निशान लगाएँ; तारीख़ बदली जा सकती है।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="33"/>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="34"/>
        <source>done on {date}</source>
        <translation>{date} को हुई</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="35"/>
        <source>to do</source>
        <translation>करानी है</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="36"/>
        <source>Lifestyle advice</source>
        <translation>जीवनशैली की सलाह</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="37"/>
        <source>See a specialist in person: {when}</source>
        <translation>विशेषज्ञ को ख़ुद दिखाएँ: {when}</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="38"/>
        <source>Limitations</source>
        <translation>सीमाएँ</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="39"/>
        <source>Summary for the patient</source>
        <translation>मरीज़ के लिए सारांश</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="40"/>
        <location filename="../../wording/thread.py" line="76"/>
        <source>Specialist</source>
        <translation>विशेषज्ञ</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="41"/>
        <source>Registration number {registration}, {council}</source>
        <translation>पंजीकरण नंबर {registration}, {council}</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="42"/>
        <source>✓ Signature verified</source>
        <translation>✓ हस्ताक्षर की पुष्टि हुई</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="43"/>
        <source>Specialist&apos;s key: {fingerprint}</source>
        <translation>विशेषज्ञ की कुंजी: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="44"/>
        <source>Signature verified: signed by the specialist&apos;s key {fingerprint}, which the CaseBridge service vouched for.</source>
        <translation>हस्ताक्षर की पुष्टि हुई: विशेषज्ञ की कुंजी {fingerprint} से हस्ताक्षरित, जिसकी CaseBridge सेवा ने पुष्टि की।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="49"/>
        <source>The signature could not be verified.</source>
        <translation>हस्ताक्षर की पुष्टि नहीं हो सकी।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="50"/>
        <source>Earlier versions</source>
        <translation>पहले के संस्करण</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="51"/>
        <source>Version {version}, signed {signed}: {verdict}. {diagnosis}</source>
        <translation>संस्करण {version}, हस्ताक्षर {signed}: {verdict}। {diagnosis}</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="54"/>
        <source>Replaced by version {version}.</source>
        <translation>संस्करण {version} ने इसकी जगह ली।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="55"/>
        <source>Follow-up messages</source>
        <translation>आगे के संदेश</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="56"/>
        <location filename="../../wording/review.py" line="256"/>
        <source>{who} ({role}), {at}</source>
        <translation>{who} ({role}), {at}</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="57"/>
        <source>Files: {names}</source>
        <translation>फ़ाइलें: {names}</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="58"/>
        <source>{role}, {at}</source>
        <translation>{role}, {at}</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="116"/>
        <source>clinic</source>
        <translation>क्लिनिक</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="117"/>
        <source>specialist</source>
        <translation>विशेषज्ञ</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="59"/>
        <source>Ask a follow-up question…</source>
        <translation>आगे का प्रश्न पूछें…</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="60"/>
        <source>Keeping your question…</source>
        <translation>आपका प्रश्न रखा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="61"/>
        <source>The question was not kept: a file could not be added. {why}</source>
        <translation>प्रश्न नहीं रखा गया: एक फ़ाइल जोड़ी नहीं जा सकी। {why}</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="64"/>
        <source>Print for doctor…</source>
        <translation>डॉक्टर के लिए प्रिंट करें…</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="65"/>
        <source>Print for patient…</source>
        <translation>मरीज़ के लिए प्रिंट करें…</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="66"/>
        <source>Patient&apos;s language:</source>
        <translation>मरीज़ की भाषा:</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="67"/>
        <source>Save as PDF…</source>
        <translation>PDF के रूप में सहेजें…</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="68"/>
        <source>The opinion for the doctor</source>
        <translation>डॉक्टर के लिए राय</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="69"/>
        <source>The summary for the patient</source>
        <translation>मरीज़ के लिए सारांश</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="70"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="71"/>
        <source>Saved: {name}</source>
        <translation>सहेजा गया: {name}</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="72"/>
        <source>The PDF could not be written there. Choose another folder and try again.</source>
        <translation>PDF वहाँ लिखी नहीं जा सकी। कोई दूसरा फ़ोल्डर चुनें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="75"/>
        <source>The tick could not be saved. Try again; if it keeps failing, restart.</source>
        <translation>निशान सहेजा नहीं जा सका। फिर से कोशिश करें; अगर बार-बार न हो, तो फिर से शुरू करें।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="79"/>
        <source>Second opinion on case {case}</source>
        <translation>केस {case} पर दूसरी राय</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="82"/>
        <source>Signed</source>
        <translation>हस्ताक्षरित</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="83"/>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="84"/>
        <source>Printed</source>
        <translation>प्रिंट किया गया</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="85"/>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="86"/>
        <source>{version} (corrects version {earlier})</source>
        <translation>{version} (संस्करण {earlier} का सुधार)</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="92"/>
        <source>EMERGENCY: the specialist asks that the patient is seen in person now. Send the patient to the nearest hospital today.</source>
        <translation>आपातकाल: विशेषज्ञ कहते हैं कि मरीज़ को अभी ख़ुद दिखाया जाए। मरीज़ को आज ही नज़दीकी अस्पताल भेजें।</translation>
    </message>
    <message>
        <location filename="../../wording/opinion_view.py" line="97"/>
        <source>Urgent: the specialist asks that the patient is seen in person within days. Arrange the visit now.</source>
        <translation>अत्यावश्यक: विशेषज्ञ कहते हैं कि मरीज़ को कुछ दिनों में ख़ुद दिखाया जाए। अभी दिखाने का इंतज़ाम करें।</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="171"/>
        <source>{age} y, {sex}</source>
        <translation>{age} वर्ष, {sex}</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="172"/>
        <source>Not fetched yet</source>
        <translation>अभी लाया नहीं गया</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="173"/>
        <source>Open case</source>
        <translation>केस खोलें</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="174"/>
        <source>Accept</source>
        <translation>स्वीकार करें</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="175"/>
        <source>Decline…</source>
        <translation>अस्वीकार करें…</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="176"/>
        <source>Decline this case</source>
        <translation>यह केस अस्वीकार करें</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="177"/>
        <source>Why do you decline it? The service offers it to the next specialist.</source>
        <translation>आप इसे क्यों अस्वीकार कर रहे हैं? सेवा इसे अगले विशेषज्ञ को देगी।</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="180"/>
        <source>Asking the service…</source>
        <translation>सेवा से पूछा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="181"/>
        <source>Accepted.</source>
        <translation>स्वीकार किया।</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="182"/>
        <source>Declined. The service offers it to the next specialist.</source>
        <translation>अस्वीकार किया। सेवा इसे अगले विशेषज्ञ को देती है।</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="185"/>
        <source>Assigned cases: {count}</source>
        <translation>सौंपे गए केस: {count}</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="186"/>
        <source>← Assigned cases</source>
        <translation>← सौंपे गए केस</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="187"/>
        <source>Write opinion…</source>
        <translation>राय लिखें…</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="188"/>
        <source>{specialty} · {urgency} · due {due}</source>
        <translation>{specialty} · {urgency} · अंतिम तिथि {due}</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="189"/>
        <source>From {clinic}, assigned {at}</source>
        <translation>{clinic} से, {at} को सौंपा गया</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="191"/>
        <source>Consent</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="192"/>
        <source>{method}, given by {given_by} on {at}, recorded by {recorded_by}</source>
        <translation>{method}, {given_by} ने {at} को दी, {recorded_by} ने दर्ज की</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="196"/>
        <source>Referral</source>
        <translation>रेफ़रल</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="197"/>
        <source>Timeline</source>
        <translation>समय-रेखा</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="198"/>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="199"/>
        <source>Checklist</source>
        <translation>जाँच-सूची</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="200"/>
        <source>Checked for {condition}: {missing} missing</source>
        <translation>{condition} के लिए जाँचा गया: {missing} कम</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="201"/>
        <source>Missing: {item} ({why})</source>
        <translation>कम: {item} ({why})</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="202"/>
        <source>Documents and lab values</source>
        <translation>दस्तावेज़ और लैब मान</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="203"/>
        <source>Images</source>
        <translation>चित्र</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="204"/>
        <source>{modality} {description}: {count} images</source>
        <translation>{modality} {description}: {count} चित्र</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="205"/>
        <source>Photos and files</source>
        <translation>फ़ोटो और फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="206"/>
        <source>Key images with the clinic&apos;s notes</source>
        <translation>क्लिनिक के नोट के साथ मुख्य चित्र</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="208"/>
        <source>{series}, image {number}</source>
        <translation>{series}, चित्र {number}</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="209"/>
        <source>{series}, image {number}, frame {frame}</source>
        <translation>{series}, चित्र {number}, फ़्रेम {frame}</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="210"/>
        <source>Image …{uid}, frame {frame}</source>
        <translation>चित्र …{uid}, फ़्रेम {frame}</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="211"/>
        <source>{place}: {note}</source>
        <translation>{place}: {note}</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="213"/>
        <source>Your key images and measurements</source>
        <translation>आपके मुख्य चित्र और माप</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="214"/>
        <source>None yet. Open a series with View, then mark key images (K) and measure in the image viewer. They are kept on this computer beside the case, which stays as the clinic sent it.</source>
        <translation>अभी कोई नहीं। देखें से कोई सीरीज़ खोलें, फिर चित्र दर्शक में मुख्य चित्र चिह्नित करें (K) और माप लें। ये इस कंप्यूटर पर केस के साथ रखे जाते हैं, और केस वैसा ही रहता है जैसा क्लिनिक ने भेजा।</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="220"/>
        <source>Key image, {place}</source>
        <translation>मुख्य चित्र, {place}</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="221"/>
        <source>Length {value} on {place}</source>
        <translation>{place} पर लंबाई {value}</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="222"/>
        <source>Angle {value} on {place}</source>
        <translation>{place} पर कोण {value}</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="223"/>
        <source>Area on {place} (its numbers show in the image viewer)</source>
        <translation>{place} पर क्षेत्रफल (इसकी संख्याएँ चित्र दर्शक में दिखती हैं)</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="226"/>
        <source>Measurement on {place}</source>
        <translation>{place} पर माप</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="228"/>
        <source>None yet. Mark key images (K) and measure in the image viewer the review opens; they are listed here so you can refer to them.</source>
        <translation>अभी कुछ नहीं। समीक्षा से खुलने वाले चित्र दर्शक (इमेज व्यूअर) में मुख्य चित्र चिह्नित करें (K) और माप लें; वे यहाँ दिखेंगे ताकि आप राय में उनका हवाला दे सकें।</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="233"/>
        <source>Insert</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="234"/>
        <source>Insert this line where your cursor is, in the box you were writing in; nothing you wrote is changed.</source>
        <translation>यह पंक्ति उसी बॉक्स में जोड़ें जिसमें आप लिख रहे थे, जहाँ आपका कर्सर है; आपका लिखा कुछ नहीं बदलता।</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="239"/>
        <source>Open this image in the image viewer</source>
        <translation>यह चित्र चित्र दर्शक (इमेज व्यूअर) में खोलें</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="240"/>
        <source>{value} mm</source>
        <translation>{value} mm</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="241"/>
        <source>{value} pixels (not calibrated)</source>
        <translation>{value} पिक्सेल (कैलिब्रेट नहीं)</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="242"/>
        <source>{value}°</source>
        <translation>{value}°</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="243"/>
        <source>a clinic the service did not name</source>
        <translation>एक क्लिनिक जिसका नाम सेवा ने नहीं बताया</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="245"/>
        <source>View</source>
        <translation>दृश्य</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="246"/>
        <source>None sent.</source>
        <translation>कोई नहीं भेजा गया।</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="247"/>
        <source>De-identified: names, free text and dates were removed by the clinic.</source>
        <translation>पहचान हटाई गई: क्लिनिक ने नाम, खुला लिखा पाठ और तारीख़ें हटा दीं।</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="250"/>
        <source>Opened: the clinic sees “in review” after the next sync.</source>
        <translation>खोला गया: अगली सिंक के बाद क्लिनिक को “जाँच में” दिखेगा।</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="254"/>
        <source>Follow-up questions</source>
        <translation>आगे के प्रश्न</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="255"/>
        <source>The clinic has asked nothing since the case.</source>
        <translation>केस के बाद क्लिनिक ने कुछ नहीं पूछा है।</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="257"/>
        <source>You</source>
        <translation>आप</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="258"/>
        <source>✓ Signature verified, key {fingerprint}</source>
        <translation>✓ हस्ताक्षर की जाँच हो गई, कुंजी {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="259"/>
        <source>The signature does not verify: do not trust this message.</source>
        <translation>हस्ताक्षर सही नहीं निकला: इस संदेश पर भरोसा न करें।</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="262"/>
        <source>File sent with it: {name} ({size})</source>
        <translation>साथ भेजी गई फ़ाइल: {name} ({size})</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="263"/>
        <source>File sent with it: {name} ({size}), not received yet</source>
        <translation>साथ भेजी गई फ़ाइल: {name} ({size}), अभी मिली नहीं</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="266"/>
        <source>Waiting for your answer</source>
        <translation>आपके उत्तर की प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="267"/>
        <source>Answer…</source>
        <translation>उत्तर दें…</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="268"/>
        <source>Files added to an earlier case</source>
        <translation>पहले के केस में जोड़ी गई फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="270"/>
        <source>New files</source>
        <translation>नई फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="271"/>
        <source>New files, not fetched yet</source>
        <translation>नई फ़ाइलें, अभी लाई नहीं गईं</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="272"/>
        <source>New files could not be fetched</source>
        <translation>नई फ़ाइलें लाई नहीं जा सकीं</translation>
    </message>
    <message>
        <location filename="../../wording/review.py" line="273"/>
        <source>Your answer is kept. It goes to the clinic at the next connection.</source>
        <translation>आपका उत्तर रख लिया गया है। यह अगली बार इंटरनेट मिलने पर क्लिनिक को जाएगा।</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="14"/>
        <source>This is not a recovery key: check each group of five against the printed page (8 groups; the letters O, I, L and U are never used). Nothing was changed.</source>
        <translation>यह रिकवरी कुंजी नहीं है: पाँच-पाँच के हर समूह को छपे पन्ने से मिलाएँ (8 समूह; अक्षर O, I, L और U कभी इस्तेमाल नहीं होते)। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="19"/>
        <source>This recovery key does not open these cases. Nothing was changed. Check that it is the key printed for this clinic&apos;s data.</source>
        <translation>यह रिकवरी कुंजी इन केसों को नहीं खोलती। कुछ नहीं बदला गया। जाँचें कि यह इसी क्लिनिक के डेटा के लिए छपी कुंजी है।</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="24"/>
        <source>These cases already have a recovery key. Type the current one to replace it.</source>
        <translation>इन केसों की रिकवरी कुंजी पहले से है। उसे बदलने के लिए अभी की कुंजी लिखें।</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="28"/>
        <source>Make a recovery key first (Settings, or &apos;casebridge recovery-key new&apos;): backups are locked with it.</source>
        <translation>पहले रिकवरी कुंजी बनाएँ (सेटिंग्स में, या &apos;casebridge recovery-key new&apos;): बैकअप उसी से बंद होते हैं।</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="33"/>
        <source>The backup needs %1 but the disk has only %2 free. Nothing was written. Use a larger USB stick or free some space.</source>
        <translation>बैकअप को %1 चाहिए पर डिस्क पर केवल %2 ख़ाली है। कुछ नहीं लिखा गया। बड़ी USB स्टिक इस्तेमाल करें या कुछ जगह ख़ाली करें।</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="38"/>
        <source>Another backup or restore is using this backup folder. Try again when it has finished.</source>
        <translation>कोई दूसरा बैकअप या रीस्टोर इस बैकअप फ़ोल्डर का इस्तेमाल कर रहा है। उसके पूरा होने पर फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="42"/>
        <source>No complete backup was found here. Choose the folder or stick that holds &apos;casebridge-backup&apos;.</source>
        <translation>यहाँ कोई पूरा बैकअप नहीं मिला। वह फ़ोल्डर या स्टिक चुनें जिसमें &apos;casebridge-backup&apos; है।</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="47"/>
        <source>The backup is damaged: %1 does not match what was backed up. Nothing was restored. Use another backup (an older one, or another stick).</source>
        <translation>बैकअप ख़राब है: %1 बैकअप की गई चीज़ से मेल नहीं खाता। कुछ भी वापस नहीं लाया गया। कोई दूसरा बैकअप इस्तेमाल करें (पुराना, या दूसरी स्टिक)।</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="52"/>
        <source>This folder is not empty. Choose an empty or new folder. Nothing was changed.</source>
        <translation>यह फ़ोल्डर ख़ाली नहीं है। कोई ख़ाली या नया फ़ोल्डर चुनें। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="59"/>
        <source>This folder holds cases changed after the backup was made: restoring would lose those changes. Nothing was changed. Choose an empty folder, or replace it on purpose (the cases there are moved aside, not deleted).</source>
        <translation>इस फ़ोल्डर में ऐसे केस हैं जो बैकअप बनने के बाद बदले गए: वापस लाने से वे बदलाव खो जाएँगे। कुछ नहीं बदला गया। कोई ख़ाली फ़ोल्डर चुनें, या जान-बूझकर इसे बदलें (वहाँ के केस हटाए नहीं, अलग रखे जाते हैं)।</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="65"/>
        <source>This folder already holds cases. Nothing was changed. Choose an empty folder, or replace it on purpose (the cases there are moved aside, not deleted).</source>
        <translation>इस फ़ोल्डर में पहले से केस हैं। कुछ नहीं बदला गया। कोई ख़ाली फ़ोल्डर चुनें, या जान-बूझकर इसे बदलें (वहाँ के केस हटाए नहीं, अलग रखे जाते हैं)।</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="74"/>
        <source>Recovery key</source>
        <translation>रिकवरी कुंजी</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="75"/>
        <source>This key opens your cases and your backups if this computer breaks, is reinstalled, or nobody remembers the passphrase. CaseBridge does not keep it: write it down or print it now, and keep it locked away from the computer and from the backup stick.</source>
        <translation>अगर यह कंप्यूटर ख़राब हो जाए, फिर से इंस्टॉल हो, या किसी को पासफ़्रेज़ याद न रहे, तो यह कुंजी आपके केस और बैकअप खोलती है। CaseBridge इसे नहीं रखता: इसे अभी लिख लें या प्रिंट कर लें, और कंप्यूटर और बैकअप स्टिक से दूर ताले में रखें।</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="81"/>
        <source>These cases have no recovery key yet. Make one before the first backup.</source>
        <translation>इन केसों की अभी कोई रिकवरी कुंजी नहीं है। पहले बैकअप से पहले एक बनाएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="85"/>
        <source>These cases have a recovery key. Make a new one only if it was lost or seen by someone else: backups made before keep opening with the old key.</source>
        <translation>इन केसों की रिकवरी कुंजी है। नई कुंजी तभी बनाएँ जब पुरानी खो गई हो या किसी और ने देख ली हो: पहले बने बैकअप पुरानी कुंजी से ही खुलते रहेंगे।</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="90"/>
        <source>Write these 8 groups down or print them, then tick the box below. The key is saved only then; until you press Done, the cases keep their old key.</source>
        <translation>ये 8 समूह लिख लें या प्रिंट कर लें, फिर नीचे के बॉक्स पर निशान लगाएँ। कुंजी तभी सहेजी जाती है; हो गया दबाने तक केसों की पुरानी कुंजी ही रहती है।</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="95"/>
        <source>Make a recovery key</source>
        <translation>रिकवरी कुंजी बनाएँ</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="96"/>
        <source>Make a new recovery key…</source>
        <translation>नई रिकवरी कुंजी बनाएँ…</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="97"/>
        <source>Current recovery key:</source>
        <translation>अभी की रिकवरी कुंजी:</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="98"/>
        <source>Print…</source>
        <translation>प्रिंट करें…</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="99"/>
        <source>I have written it down or printed it</source>
        <translation>मैंने इसे लिख लिया है या प्रिंट कर लिया है</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="100"/>
        <source>CaseBridge recovery key</source>
        <translation>CaseBridge रिकवरी कुंजी</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="103"/>
        <source>Backup</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="104"/>
        <source>Copy every case to a folder or USB stick, locked with the recovery key. Only what is new since the last backup is copied.</source>
        <translation>हर केस को किसी फ़ोल्डर या USB स्टिक पर कॉपी करें, रिकवरी कुंजी से बंद। पिछले बैकअप के बाद का केवल नया हिस्सा कॉपी होता है।</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="109"/>
        <source>Back up to a folder or USB stick…</source>
        <translation>किसी फ़ोल्डर या USB स्टिक पर बैकअप लें…</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="110"/>
        <source>Last backup: %1</source>
        <translation>पिछला बैकअप: %1</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="112"/>
        <source>Checking…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="113"/>
        <source>No backup has been made yet.</source>
        <translation>अभी तक कोई बैकअप नहीं बना।</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="114"/>
        <source>Backing up: %1 of %2, %3</source>
        <translation>बैकअप हो रहा है: %2 में से %1, %3</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="115"/>
        <source>Backup finished: %1 copied (%2 new files); every file was checked.</source>
        <translation>बैकअप पूरा: %1 कॉपी हुआ (%2 नई फ़ाइलें); हर फ़ाइल जाँची गई।</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="118"/>
        <source>Backup cancelled. Earlier backups on the stick are unchanged.</source>
        <translation>बैकअप रद्द किया गया। स्टिक पर पहले के बैकअप वैसे ही हैं।</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="122"/>
        <source>No recovery key yet: click to make one</source>
        <translation>अभी कोई रिकवरी कुंजी नहीं: बनाने के लिए क्लिक करें</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="123"/>
        <source>Never backed up: click to back up</source>
        <translation>कभी बैकअप नहीं लिया: बैकअप लेने के लिए क्लिक करें</translation>
    </message>
    <message>
        <location filename="../../wording/backup.py" line="124"/>
        <source>No backup for over a week: click to back up</source>
        <translation>एक हफ़्ते से ज़्यादा से कोई बैकअप नहीं: बैकअप लेने के लिए क्लिक करें</translation>
    </message>
    <message>
        <location filename="../../wording/staff.py" line="14"/>
        <source>A PIN is 4 to 12 digits. Choose another.</source>
        <translation>PIN 4 से 12 अंकों का होता है। कोई दूसरा चुनें।</translation>
    </message>
    <message>
        <location filename="../../wording/staff.py" line="15"/>
        <source>The PIN is not correct. Try again.</source>
        <translation>PIN सही नहीं है। फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../wording/staff.py" line="16"/>
        <source>Type the staff member&apos;s name (up to 60 characters).</source>
        <translation>स्टाफ़ सदस्य का नाम लिखें (अधिकतम 60 अक्षर)।</translation>
    </message>
    <message>
        <location filename="../../wording/staff.py" line="19"/>
        <source>A staff member of this name exists already. Add a surname or initial.</source>
        <translation>इस नाम का स्टाफ़ सदस्य पहले से है। उपनाम या आद्यक्षर जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../wording/staff.py" line="22"/>
        <source>There is no staff member of this name. &apos;casebridge staff list&apos; shows them.</source>
        <translation>इस नाम का कोई स्टाफ़ सदस्य नहीं है। &apos;casebridge staff list&apos; उन्हें दिखाता है।</translation>
    </message>
    <message>
        <location filename="../../wording/staff.py" line="25"/>
        <source>Only an administrator can add or remove staff or switch sign-in. Sign in as an administrator first. Nothing was changed.</source>
        <translation>केवल प्रशासक स्टाफ़ जोड़ या हटा सकते हैं या साइन-इन बदल सकते हैं। पहले प्रशासक के रूप में साइन इन करें। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <location filename="../../wording/staff.py" line="30"/>
        <source>This is the last administrator, so nobody could manage staff after. Make another staff member an administrator first. Nothing was changed.</source>
        <translation>यह आख़िरी प्रशासक है, इसलिए इसके बाद कोई स्टाफ़ नहीं सँभाल सकेगा। पहले किसी दूसरे स्टाफ़ सदस्य को प्रशासक बनाएँ। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <location filename="../../wording/staff.py" line="35"/>
        <source>Add at least one staff member (an administrator) before switching sign-in on.</source>
        <translation>साइन-इन चालू करने से पहले कम से कम एक स्टाफ़ सदस्य (प्रशासक) जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../wording/staff.py" line="38"/>
        <source>This computer is a specialist&apos;s, used by one person, so it has no staff sign-in. The lock asks for the passphrase or the lock PIN.</source>
        <translation>यह कंप्यूटर विशेषज्ञ का है, जिसे एक ही व्यक्ति इस्तेमाल करता है, इसलिए इसमें स्टाफ़ साइन-इन नहीं है। लॉक पासफ़्रेज़ या लॉक PIN माँगता है।</translation>
    </message>
    <message>
        <location filename="../../wording/staff.py" line="43"/>
        <source>Choose off, 5, 10, 15 or 30 minutes.</source>
        <translation>बंद, 5, 10, 15 या 30 मिनट चुनें।</translation>
    </message>
    <message>
        <location filename="../../wording/staff.py" line="47"/>
        <source>The passphrase is not correct. Check Caps Lock and try again.</source>
        <translation>पासफ़्रेज़ सही नहीं है। Caps Lock जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../wording/staff.py" line="51"/>
        <source>Several wrong tries: wait {seconds} s before the next one.</source>
        <translation>कई ग़लत कोशिशें: अगली से पहले {seconds} सेकंड रुकें।</translation>
    </message>
    <message>
        <location filename="../../wording/staff.py" line="54"/>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>दोनों PIN एक जैसे नहीं हैं। उन्हें फिर से लिखें।</translation>
    </message>
    <message>
        <location filename="../../wording/thread.py" line="15"/>
        <source>On this computer the clinic asks and the specialist answers: this message is the other side&apos;s to write.</source>
        <translation>इस कंप्यूटर पर क्लिनिक पूछता है और विशेषज्ञ उत्तर देते हैं: यह संदेश दूसरी ओर को लिखना है।</translation>
    </message>
    <message>
        <location filename="../../wording/thread.py" line="20"/>
        <source>This case has not been sent yet. Send it before asking about it.</source>
        <translation>यह केस अभी भेजा नहीं गया है। इसके बारे में पूछने से पहले इसे भेजें।</translation>
    </message>
    <message>
        <location filename="../../wording/thread.py" line="23"/>
        <source>There is no question from the clinic with that id in this case. Check the id in &apos;opinion show&apos;.</source>
        <translation>इस केस में उस आईडी का क्लिनिक का कोई प्रश्न नहीं है। &apos;opinion show&apos; में आईडी जाँचें।</translation>
    </message>
    <message>
        <location filename="../../wording/thread.py" line="28"/>
        <source>The message is empty, too long (more than 10,000 characters) or cannot be read. Nothing was kept.</source>
        <translation>संदेश ख़ाली है, बहुत लंबा है (10,000 अक्षरों से ज़्यादा) या पढ़ा नहीं जा सकता। कुछ नहीं रखा गया।</translation>
    </message>
    <message>
        <location filename="../../wording/thread.py" line="33"/>
        <source>A message claimed another case or author than the one it came as. It was kept out.</source>
        <translation>एक संदेश ने उस केस या लेखक से अलग होने का दावा किया जिसके रूप में वह आया। उसे बाहर रखा गया।</translation>
    </message>
    <message>
        <location filename="../../wording/thread.py" line="37"/>
        <source>A message came again with other words under an id already used. It was kept out.</source>
        <translation>पहले से इस्तेमाल हुई आईडी के साथ एक संदेश दूसरे शब्दों में फिर आया। उसे बाहर रखा गया।</translation>
    </message>
    <message>
        <location filename="../../wording/thread.py" line="41"/>
        <source>The answer names a question that is not part of this case.</source>
        <translation>उत्तर में ऐसे प्रश्न का नाम है जो इस केस का हिस्सा नहीं है।</translation>
    </message>
    <message>
        <location filename="../../wording/thread.py" line="44"/>
        <source>No specialist has this case yet. The question is sent by itself once one does.</source>
        <translation>अभी किसी विशेषज्ञ के पास यह केस नहीं है। किसी के मिलते ही प्रश्न अपने आप भेज दिया जाएगा।</translation>
    </message>
    <message>
        <location filename="../../wording/thread.py" line="48"/>
        <source>A message came for a case this computer does not hold. It was kept out.</source>
        <translation>एक संदेश ऐसे केस के लिए आया जो इस कंप्यूटर पर नहीं है। उसे बाहर रखा गया।</translation>
    </message>
    <message>
        <location filename="../../wording/thread.py" line="51"/>
        <source>The service&apos;s word on who receives this message did not verify. Nothing was sent; ask the service&apos;s administrator.</source>
        <translation>यह संदेश किसे मिलेगा, इस पर सेवा के कथन की पुष्टि नहीं हुई। कुछ नहीं भेजा गया; सेवा के प्रशासक से पूछें।</translation>
    </message>
    <message>
        <location filename="../../wording/thread.py" line="60"/>
        <source>waiting for its files to be sent</source>
        <translation>अपनी फ़ाइलें भेजे जाने की प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../wording/thread.py" line="61"/>
        <source>waiting to send</source>
        <translation>भेजने की प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../wording/thread.py" line="62"/>
        <source>sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <location filename="../../wording/thread.py" line="63"/>
        <source>not sent</source>
        <translation>नहीं भेजा गया</translation>
    </message>
    <message>
        <location filename="../../wording/thread.py" line="64"/>
        <source>received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <location filename="../../wording/thread.py" line="70"/>
        <source>question asked</source>
        <translation>प्रश्न पूछा गया</translation>
    </message>
    <message>
        <location filename="../../wording/thread.py" line="71"/>
        <source>question answered</source>
        <translation>प्रश्न का उत्तर मिला</translation>
    </message>
    <message>
        <location filename="../../wording/thread.py" line="75"/>
        <source>Clinic</source>
        <translation>क्लिनिक</translation>
    </message>
    <message>
        <location filename="../../wording/carry.py" line="13"/>
        <source>This case is no longer waiting to be sent (it was sent, or it failed), so there is nothing to save. Nothing was written to the stick.</source>
        <translation>यह केस अब भेजे जाने की प्रतीक्षा में नहीं है (भेजा जा चुका है, या विफल रहा), इसलिए सहेजने को कुछ नहीं है। स्टिक पर कुछ नहीं लिखा गया।</translation>
    </message>
    <message>
        <location filename="../../wording/carry.py" line="18"/>
        <source>The USB stick has too little room: the case needs %1 and the stick has %2 free. Nothing was written. Free some room or use another stick.</source>
        <translation>USB स्टिक में जगह कम है: केस को %1 चाहिए और स्टिक पर %2 खाली है। कुछ नहीं लिखा गया। कुछ जगह खाली करें या दूसरी स्टिक लगाएँ।</translation>
    </message>
    <message>
        <location filename="../../wording/carry.py" line="23"/>
        <source>The case could not be written to the USB stick (it was taken out, or it is write-protected). Nothing was left on it. Put it back in and try again.</source>
        <translation>केस USB स्टिक पर नहीं लिखा जा सका (स्टिक निकाल ली गई, या उस पर लिखना बंद है)। उस पर कुछ नहीं छोड़ा गया। स्टिक फिर से लगाएँ और दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../wording/carry.py" line="28"/>
        <source>This computer is not enrolled with the opinion service, so it cannot send the case on. Enroll it first, then open the file again. Nothing was kept.</source>
        <translation>यह कंप्यूटर राय सेवा में नामांकित नहीं है, इसलिए केस आगे नहीं भेज सकता। पहले नामांकन करें, फिर फ़ाइल दोबारा खोलें। कुछ नहीं रखा गया।</translation>
    </message>
    <message>
        <location filename="../../wording/carry.py" line="33"/>
        <source>This computer is enrolled as a specialist&apos;s, and the opinion service takes cases only from clinic computers. Open the file on a connected clinic&apos;s computer. Nothing was kept.</source>
        <translation>यह कंप्यूटर विशेषज्ञ (specialist) के कंप्यूटर के रूप में जुड़ा है, और ओपिनियन सेवा केस सिर्फ़ क्लिनिक के कंप्यूटरों से लेती है। फ़ाइल को किसी जुड़े हुए क्लिनिक के कंप्यूटर पर खोलें। कुछ नहीं रखा गया।</translation>
    </message>
    <message>
        <location filename="../../wording/carry.py" line="39"/>
        <source>This case was sealed for another opinion service than the one this computer sends to. It cannot be sent from here. Nothing was kept.</source>
        <translation>यह केस किसी दूसरी राय सेवा के लिए सील किया गया था, उस सेवा के लिए नहीं जिसे यह कंप्यूटर भेजता है। इसे यहाँ से नहीं भेजा जा सकता। कुछ नहीं रखा गया।</translation>
    </message>
    <message>
        <location filename="../../wording/carry.py" line="44"/>
        <source>This case is already on this computer (opened before, or made here). It is in Sending and receiving; nothing new was kept.</source>
        <translation>यह केस पहले से इस कंप्यूटर पर है (पहले खोला गया था, या यहीं बना था)। यह &quot;भेजना और प्राप्त करना&quot; में है; कुछ नया नहीं रखा गया।</translation>
    </message>
    <message>
        <location filename="../../wording/carry.py" line="49"/>
        <source>This computer&apos;s disk has too little room for the case: it needs %1 and the disk has %2 free. Nothing was kept. Free some room, then open the file again.</source>
        <translation>इस कंप्यूटर की डिस्क में केस के लिए जगह कम है: केस को %1 चाहिए और डिस्क पर %2 खाली है। कुछ नहीं रखा गया। कुछ जगह खाली करें, फिर फ़ाइल दोबारा खोलें।</translation>
    </message>
    <message>
        <location filename="../../wording/carry.py" line="54"/>
        <source>The file could not be read from the stick. Put the stick back in and open the file again. Nothing was kept.</source>
        <translation>स्टिक से फ़ाइल पढ़ी नहीं जा सकी। स्टिक फिर से लगाएँ और फ़ाइल दोबारा खोलें। कुछ नहीं रखा गया।</translation>
    </message>
    <message>
        <location filename="../../wording/carry.py" line="59"/>
        <source>The case on the stick did not pass its checks, so it was not kept. Do not trust this file; ask the clinic that made it to save it again.</source>
        <translation>स्टिक पर रखा केस जाँच में सही नहीं निकला, इसलिए रखा नहीं गया। इस फ़ाइल पर भरोसा न करें; जिस क्लिनिक ने इसे बनाया उससे इसे दोबारा सहेजने को कहें।</translation>
    </message>
    <message>
        <location filename="../../wording/carry.py" line="64"/>
        <source>This file is not a CaseBridge case (it holds other files, links or impossible sizes). Nothing was kept.</source>
        <translation>यह फ़ाइल CaseBridge का केस नहीं है (इसमें दूसरी फ़ाइलें, लिंक या असंभव आकार हैं)। कुछ नहीं रखा गया।</translation>
    </message>
    <message>
        <location filename="../../wording/carry.py" line="69"/>
        <source>This file is damaged or incomplete. Ask the clinic to save it to the stick again. Nothing was kept.</source>
        <translation>यह फ़ाइल खराब या अधूरी है। क्लिनिक से इसे स्टिक पर दोबारा सहेजने को कहें। कुछ नहीं रखा गया।</translation>
    </message>
    <message>
        <location filename="../../wording/carry.py" line="77"/>
        <source>Saved on the stick as %1 (%2). The case stays queued here too: it still goes online when the link allows, and the service keeps whichever copy arrives first.</source>
        <translation>स्टिक पर %1 (%2) नाम से सहेजा गया। केस यहाँ भी भेजने की कतार में रहता है: कनेक्शन मिलते ही यह ऑनलाइन भी जाएगा, और सेवा वही प्रति रखेगी जो पहले पहुँचे।</translation>
    </message>
    <message>
        <location filename="../../wording/carry.py" line="82"/>
        <source>Received from the USB stick and checked. This computer will send it to the opinion service for the clinic computer %1; it shows in Sending and receiving as carried from that computer. The case stays sealed: nobody here can open it.</source>
        <translation>USB स्टिक से प्राप्त हुआ और जाँच हो गई। यह कंप्यूटर इसे क्लिनिक कंप्यूटर %1 की ओर से राय सेवा को भेजेगा; &quot;भेजना और प्राप्त करना&quot; में यह उसी कंप्यूटर से लाया गया दिखता है। केस सील बंद रहता है: यहाँ कोई इसे खोल नहीं सकता।</translation>
    </message>
    <message>
        <location filename="../../wording/carry.py" line="88"/>
        <source>Carried from %1</source>
        <translation>%1 से लाया गया</translation>
    </message>
    <message>
        <location filename="../../wording/carry.py" line="93"/>
        <source>The service does not know the clinic computer that made this case (it is not enrolled there, or it was removed), so it will not take the case from here. Ask that clinic to enroll with this service, or to send the case itself.</source>
        <translation>सेवा उस क्लिनिक कंप्यूटर को नहीं पहचानती जिसने यह केस बनाया (वह वहाँ नामांकित नहीं है, या हटा दिया गया), इसलिए वह यह केस यहाँ से नहीं लेगी। उस क्लिनिक से कहें कि वह इस सेवा में नामांकन करे, या केस खुद भेजे।</translation>
    </message>
</context>
</TS>
