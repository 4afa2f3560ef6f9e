<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>cardinal::ui::ChatHeader</name>
    <message numerus="yes">
        <location filename="../ui/shell/chatheader.cpp" line="115"/>
        <source>%n members</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cardinal::ui::CodePage</name>
    <message numerus="yes">
        <location filename="../ui/onboarding/codepage.cpp" line="270"/>
        <source>Send a new code (%n s)</source>
        <translation>
            <numerusform>Send a new code (%n s)</numerusform>
            <numerusform>Send a new code (%n s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cardinal::ui::ConversationListModel</name>
    <message numerus="yes">
        <location filename="../ui/conversation/conversationlistmodel.cpp" line="138"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cardinal::ui::PassphraseFields</name>
    <message numerus="yes">
        <location filename="../ui/kit/passphrasefields.cpp" line="146"/>
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Too short: use at least %n character.</numerusform>
            <numerusform>Too short: use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cardinal::ui::TransparencyAlertBanner</name>
    <message numerus="yes">
        <location filename="../ui/shell/transparencyalertbanner.cpp" line="125"/>
        <source>%n alert(s) in all.</source>
        <translation>
            <numerusform>%n alert in all.</numerusform>
            <numerusform>%n alerts in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cardinal::ui::TrayNotifier</name>
    <message numerus="yes">
        <location filename="../ui/shell/traynotifier.cpp" line="134"/>
        <source>Cardinal — %n unread messages</source>
        <translation>
            <numerusform>Cardinal — %n unread message</numerusform>
            <numerusform>Cardinal — %n unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cardinal::ui::Wording</name>
    <message numerus="yes">
        <location filename="../ui/kit/wording.cpp" line="76"/>
        <source>That code is not correct: %n attempts left.</source>
        <translation>
            <numerusform>That code is not correct: %n attempt left.</numerusform>
            <numerusform>That code is not correct: %n attempts left.</numerusform>
        </translation>
    </message>
</context>
</TS>
