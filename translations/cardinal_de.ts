<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Autostart</name>
    <message>
        <location filename="../ui/kit/autostart.cpp" line="54"/>
        <source>%1 cannot be removed.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../ui/kit/autostart.cpp" line="60"/>
        <source>%1 cannot be created.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../ui/kit/autostart.cpp" line="77"/>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::AccountDialog</name>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="49"/>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="52"/>
        <source>Your address</source>
        <translation>Ihre Adresse</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="59"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="62"/>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="66"/>
        <source>Identity key fingerprint</source>
        <translation>Fingerabdruck des Identitätsschlüssels</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="68"/>
        <source>Your identity key. Contacts compare safety numbers made from it; it stays the same on all your devices.</source>
        <translation>Ihr Identitätsschlüssel. Ihre Kontakte vergleichen die daraus gebildeten Sicherheitsnummern; er ist auf allen Ihren Geräten derselbe.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="72"/>
        <source>This device:</source>
        <translation>Dieses Gerät:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="73"/>
        <source>Identity key:</source>
        <translation>Identitätsschlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="75"/>
        <location filename="../ui/dialogs/accountdialog.cpp" line="77"/>
        <source>Your devices</source>
        <translation>Ihre Geräte</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="85"/>
        <source>&amp;Export public card…</source>
        <translation>Karte &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="87"/>
        <location filename="../ui/dialogs/accountdialog.cpp" line="251"/>
        <source>Export public card</source>
        <translation>Öffentliche Karte exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="88"/>
        <source>Save your public card to a file, for someone to compare safety numbers with you without a server.</source>
        <translation>Ihre öffentliche Karte in einer Datei speichern, damit jemand ohne Server die Sicherheitsnummer mit Ihnen vergleichen kann.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="90"/>
        <source>&amp;Back up key…</source>
        <translation>Schlüssel &amp;sichern…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="92"/>
        <source>Back up key</source>
        <translation>Schlüssel sichern</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="93"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="95"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="103"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="131"/>
        <source>Asking the server for your devices…</source>
        <translation>Geräteliste wird vom Server abgerufen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="171"/>
        <source>%1 · %2 · added %3 (this device)</source>
        <translation>%1 · %2 · hinzugefügt am %3 (dieses Gerät)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="173"/>
        <source>%1 · %2 · added %3</source>
        <translation>%1 · %2 · hinzugefügt am %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="179"/>
        <location filename="../ui/dialogs/accountdialog.cpp" line="211"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="181"/>
        <source>Revoke %1</source>
        <translation>%1 widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="194"/>
        <source>Only this device uses your account. Back up your key to add another one.</source>
        <translation>Ihr Konto wird nur auf diesem Gerät verwendet. Sichern Sie Ihren Schlüssel, um ein weiteres hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="206"/>
        <source>Revoke device</source>
        <translation>Gerät widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="207"/>
        <source>Revoke “%1”?</source>
        <translation>„%1“ widerrufen?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="209"/>
        <source>It will get no more messages, and it cannot be brought back: to use it again, restore your key backup on it.</source>
        <translation>Es erhält keine Nachrichten mehr und lässt sich nicht zurückholen: Um es wieder zu nutzen, stellen Sie darauf Ihre Schlüsselsicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="234"/>
        <source>The device was revoked.</source>
        <translation>Das Gerät wurde widerrufen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="255"/>
        <source>Cardinal cards (*.card);;All files (*)</source>
        <translation>Cardinal-Karten (*.card);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="262"/>
        <source>Your public card was saved to %1.</source>
        <translation>Ihre öffentliche Karte wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="273"/>
        <source>Your key is backed up. To use your account on a new device, choose “Restore” there and enter the backup passphrase.</source>
        <translation>Ihr Schlüssel ist gesichert. Um Ihr Konto auf einem neuen Gerät zu nutzen, wählen Sie dort „Ich nutze Cardinal bereits“ und geben Sie die Passphrase der Sicherung ein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="284"/>
        <source>Your passphrase was changed. Use the new one from now on.</source>
        <translation>Ihre Passphrase wurde geändert. Verwenden Sie ab jetzt die neue.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::AppWindow</name>
    <message>
        <location filename="../ui/shell/appwindow.cpp" line="200"/>
        <source>Notifications appear in your desktop&apos;s notification area.</source>
        <translation>Benachrichtigungen erscheinen im Benachrichtigungsbereich Ihres Desktops.</translation>
    </message>
    <message>
        <location filename="../ui/shell/appwindow.cpp" line="204"/>
        <source>This desktop has no notification service: notifications appear at the tray icon.</source>
        <translation>Dieser Desktop hat keinen Benachrichtigungsdienst: Benachrichtigungen erscheinen am Symbol im Infobereich.</translation>
    </message>
    <message>
        <location filename="../ui/shell/appwindow.cpp" line="208"/>
        <source>This desktop shows neither notifications nor a tray icon: Cardinal asks it to flag the window instead.</source>
        <translation>Dieser Desktop zeigt weder Benachrichtigungen noch ein Symbol im Infobereich: Cardinal lässt stattdessen sein Fenster hervorheben.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::ChangePassphraseDialog</name>
    <message>
        <location filename="../ui/dialogs/changepassphrasedialog.cpp" line="21"/>
        <source>C&amp;hange passphrase</source>
        <translation>Passphrase ä&amp;ndern</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassphrasedialog.cpp" line="24"/>
        <location filename="../ui/dialogs/changepassphrasedialog.cpp" line="44"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassphrasedialog.cpp" line="27"/>
        <source>The passphrase unlocks Cardinal on this device. Changing it does not affect your other devices or your key backup.</source>
        <translation>Die Passphrase entsperrt Cardinal auf diesem Gerät. Eine Änderung betrifft weder Ihre anderen Geräte noch Ihre Schlüsselsicherung.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassphrasedialog.cpp" line="33"/>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassphrasedialog.cpp" line="37"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassphrasedialog.cpp" line="42"/>
        <source>Problem</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassphrasedialog.cpp" line="59"/>
        <source>New passphrase:</source>
        <translation>Neue Passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassphrasedialog.cpp" line="89"/>
        <source>The current passphrase is not correct.</source>
        <translation>Die aktuelle Passphrase ist falsch.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::ChatHeader</name>
    <message>
        <location filename="../ui/shell/chatheader.cpp" line="69"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatheader.cpp" line="72"/>
        <source>Group members</source>
        <translation>Gruppenmitglieder</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatheader.cpp" line="73"/>
        <source>Group members (Ctrl+I)</source>
        <translation>Gruppenmitglieder (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatheader.cpp" line="104"/>
        <source>Trust: %1. Open the safety number</source>
        <translation>Vertrauen: %1. Sicherheitsnummer öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatheader.cpp" line="105"/>
        <source>Compare the safety number (Ctrl+I)</source>
        <translation>Sicherheitsnummer vergleichen (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatheader.cpp" line="114"/>
        <source>Unnamed group</source>
        <translation>Unbenannte Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatheader.cpp" line="115"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/chatheader.cpp" line="115"/>
        <source>%n members</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cardinal::ui::ChatPane</name>
    <message>
        <location filename="../ui/shell/chatpane.cpp" line="35"/>
        <source>Your conversations are end-to-end encrypted</source>
        <translation>Ihre Chats sind Ende-zu-Ende-verschlüsselt</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatpane.cpp" line="41"/>
        <source>Pick a conversation on the left, or start a new one with Ctrl+N. Only the people in a conversation can read it — not the server, not us.</source>
        <translation>Wählen Sie links einen Chat aus oder starten Sie mit Ctrl+N einen neuen. Nur die Beteiligten können ihn lesen – weder der Server noch wir.</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatpane.cpp" line="208"/>
        <source>Messages are held until you verify or accept the new key.</source>
        <translation>Nachrichten werden zurückgehalten, bis Sie den neuen Schlüssel verifizieren oder akzeptieren.</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatpane.cpp" line="225"/>
        <source>Messages are held until you verify or accept %1&apos;s new key.</source>
        <translation>Nachrichten werden zurückgehalten, bis Sie den neuen Schlüssel von %1 verifizieren oder akzeptieren.</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatpane.cpp" line="258"/>
        <source>Message not sent</source>
        <translation>Nachricht nicht gesendet</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatpane.cpp" line="300"/>
        <source>Accept the new key?</source>
        <translation>Den neuen Schlüssel akzeptieren?</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatpane.cpp" line="301"/>
        <source>Accept the new key of %1 without comparing safety numbers?</source>
        <translation>Den neuen Schlüssel von %1 akzeptieren, ohne die Sicherheitsnummern zu vergleichen?</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatpane.cpp" line="306"/>
        <source>Do this only if you know why it changed, for example because they told you about a new phone. The held messages are then sent to the new key. Comparing the safety number first is safer.</source>
        <translation>Tun Sie das nur, wenn Sie wissen, warum er sich geändert hat, etwa weil Ihr Kontakt Ihnen von einem neuen Telefon erzählt hat. Die zurückgehaltenen Nachrichten werden dann an den neuen Schlüssel gesendet. Sicherer ist es, zuerst die Sicherheitsnummer zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatpane.cpp" line="309"/>
        <source>&amp;Accept new key</source>
        <translation>Neuen Schlüssel &amp;akzeptieren</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatpane.cpp" line="317"/>
        <source>Could not accept the new key</source>
        <translation>Neuer Schlüssel konnte nicht akzeptiert werden</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::ChatWorkspace</name>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="150"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="151"/>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="153"/>
        <source>Search conversations</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="205"/>
        <source>New chat (Ctrl+N)</source>
        <translation>Neuer Chat (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="207"/>
        <source>New group (Ctrl+Shift+N)</source>
        <translation>Neue Gruppe (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="209"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="155"/>
        <source>&amp;Account and devices…</source>
        <translation>&amp;Konto und Geräte…</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="157"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="159"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="161"/>
        <source>A&amp;bout Cardinal</source>
        <translation>Ü&amp;ber Cardinal</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="162"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="164"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="178"/>
        <source>About Cardinal</source>
        <translation>Über Cardinal</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="180"/>
        <source>Cardinal %1</source>
        <translation>Cardinal %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="182"/>
        <source>An end-to-end encrypted messenger. Messages are encrypted on this computer for each device of the people in a conversation; the server passes them on without being able to read them.

Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Ein Ende-zu-Ende-verschlüsselter Messenger. Nachrichten werden auf diesem Computer für jedes Gerät der Gesprächsteilnehmer verschlüsselt; der Server leitet sie weiter, ohne sie lesen zu können.

Freie Software unter der GNU General Public License, Version 3 oder später.</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="116"/>
        <location filename="../ui/shell/chatworkspace.cpp" line="124"/>
        <source>Export evidence</source>
        <translation>Beweise exportieren</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="118"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="125"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::CodePage</name>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="204"/>
        <source>Use an e-mail &amp;code instead</source>
        <translation>Stattdessen einen E-Mail-&amp;Code verwenden</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="218"/>
        <source>Check your e-mail</source>
        <translation>Prüfen Sie Ihre E-Mails</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="220"/>
        <source>Sending a code to %1…</source>
        <translation>Code wird an %1 gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="223"/>
        <source>No code was sent to %1. When the problem below is solved, ask for a new one.</source>
        <translation>An %1 wurde kein Code gesendet. Sobald das Problem unten behoben ist, fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="229"/>
        <source>We sent a code to %1. It is valid until %2.</source>
        <extracomment>%1 is an e-mail address, %2 a time of day</extracomment>
        <translation>Wir haben einen Code an %1 gesendet. Er gilt bis %2.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="232"/>
        <source>Enter the code we sent to %1.</source>
        <translation>Geben Sie den Code ein, den wir an %1 gesendet haben.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="234"/>
        <source>&amp;Code from the e-mail</source>
        <translation>&amp;Code aus der E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="235"/>
        <source>Code from the e-mail</source>
        <translation>Code aus der E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="236"/>
        <source>&amp;Backup passphrase</source>
        <translation>&amp;Passphrase der Sicherung</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="237"/>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="238"/>
        <source>The passphrase your key backup was made with on your other device.</source>
        <translation>Die Passphrase, mit der Sie die Schlüsselsicherung auf Ihrem anderen Gerät erstellt haben.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="240"/>
        <source>Con&amp;tinue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="214"/>
        <location filename="../ui/onboarding/codepage.cpp" line="240"/>
        <source>C&amp;onfirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="202"/>
        <source>&amp;Invitation token</source>
        <translation>&amp;Einladungstoken</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="203"/>
        <source>Invitation token</source>
        <translation>Einladungstoken</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="205"/>
        <source>I have an &amp;invitation token</source>
        <translation>Ich habe ein &amp;Einladungstoken</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="208"/>
        <source>Your invitation</source>
        <translation>Ihre Einladung</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="210"/>
        <source>Paste the invitation token your organisation gave you. It proves that %1 is yours, instead of an e-mail code, and works once.</source>
        <extracomment>%1 is an e-mail address</extracomment>
        <translation>Fügen Sie das Einladungstoken ein, das Ihre Organisation Ihnen gegeben hat. Es belegt anstelle eines E-Mail-Codes, dass %1 Ihnen gehört, und gilt nur einmal.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="215"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/onboarding/codepage.cpp" line="270"/>
        <source>Send a new code (%n s)</source>
        <translation>
            <numerusform>Neuen Code senden (%n s)</numerusform>
            <numerusform>Neuen Code senden (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="271"/>
        <source>Send a &amp;new code</source>
        <translation>&amp;Neuen Code senden</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="272"/>
        <source>Send a new code</source>
        <translation>Neuen Code senden</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::Composer</name>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="29"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="30"/>
        <source>Write a message…</source>
        <translation>Nachricht schreiben…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="42"/>
        <source>Send (Enter)</source>
        <translation>Senden (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="43"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::ConnectionIndicator</name>
    <message>
        <location filename="../ui/shell/connectionindicator.cpp" line="61"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/shell/connectionindicator.cpp" line="63"/>
        <source>Retry connecting</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <location filename="../ui/shell/connectionindicator.cpp" line="100"/>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/connectionindicator.cpp" line="102"/>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::ConversationListModel</name>
    <message>
        <location filename="../ui/conversation/conversationlistmodel.cpp" line="100"/>
        <source>Unnamed group</source>
        <translation>Unbenannte Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationlistmodel.cpp" line="136"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conversation/conversationlistmodel.cpp" line="138"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesene Nachricht</numerusform>
            <numerusform>%n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationlistmodel.cpp" line="140"/>
        <source>Draft: %1</source>
        <translation>Entwurf: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationlistdelegate.cpp" line="110"/>
        <source>Draft:</source>
        <translation>Entwurf:</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::ConversationListPane</name>
    <message>
        <location filename="../ui/conversation/conversationlistpane.cpp" line="27"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationlistpane.cpp" line="28"/>
        <source>Search conversations</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationlistpane.cpp" line="34"/>
        <source>Conversations</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationlistpane.cpp" line="187"/>
        <source>No conversations yet — start one with New chat</source>
        <translation>Noch keine Chats – starten Sie einen über „Neuer Chat“</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationlistpane.cpp" line="189"/>
        <source>No results for “%1”.
Search looks at names, the newest message and drafts.</source>
        <translation>Keine Ergebnisse für „%1“.
Die Suche durchsucht Namen, die neueste Nachricht und Entwürfe.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::ConversationView</name>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="39"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="46"/>
        <location filename="../ui/conversation/conversationview.cpp" line="94"/>
        <source>Choose a conversation, or start one with New chat.</source>
        <translation>Wählen Sie einen Chat aus oder starten Sie einen über „Neuer Chat“.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::DesktopNotifications</name>
    <message>
        <location filename="../ui/shell/desktopnotifications.cpp" line="79"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::GroupMembersDialog</name>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="25"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="26"/>
        <source>&amp;Remove from group</source>
        <translation>Aus der Gruppe &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="27"/>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="28"/>
        <source>&amp;Leave group…</source>
        <translation>Gruppe &amp;verlassen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="31"/>
        <source>Group members</source>
        <translation>Gruppenmitglieder</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="34"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="41"/>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="47"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="49"/>
        <source>Add someone by e-mail address</source>
        <translation>Person per E-Mail-Adresse hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="50"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="53"/>
        <source>Add member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="55"/>
        <source>Remove selected member</source>
        <translation>Ausgewähltes Mitglied entfernen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="57"/>
        <source>Problem</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="59"/>
        <source>Add &amp;someone:</source>
        <translation>&amp;Person hinzufügen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="67"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="102"/>
        <source>Loading members…</source>
        <translation>Mitglieder werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="138"/>
        <source>You are not a member of this group any more.</source>
        <translation>Sie sind nicht mehr Mitglied dieser Gruppe.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="148"/>
        <source>Members of %1</source>
        <translation>Mitglieder von %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="154"/>
        <source>%1 (you, owner)</source>
        <translation>%1 (Sie, Besitzer)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="156"/>
        <source>%1 (owner)</source>
        <translation>%1 (Besitzer)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="158"/>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="172"/>
        <source>Only the group&apos;s owner, %1, can add or remove members.</source>
        <translation>Nur der Besitzer der Gruppe, %1, kann Mitglieder hinzufügen oder entfernen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="269"/>
        <source>Leave the group?</source>
        <translation>Die Gruppe verlassen?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="270"/>
        <source>Leave %1? You will not receive its messages any more, and only its owner can add you again. Its history stays on this computer.</source>
        <translation>„%1“ verlassen? Sie erhalten dann keine Nachrichten dieser Gruppe mehr, und nur ihr Besitzer kann Sie wieder hinzufügen. Der Verlauf bleibt auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::IdentityPage</name>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="67"/>
        <source>Desktop</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="74"/>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="75"/>
        <source>We will send a code to the e-mail address of your account, to check that it is yours.</source>
        <translation>Wir senden einen Code an die E-Mail-Adresse Ihres Kontos, um zu prüfen, dass es Ihnen gehört.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="77"/>
        <source>&amp;Send code</source>
        <translation>Code &amp;senden</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="78"/>
        <source>Send code</source>
        <translation>Code senden</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="80"/>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="81"/>
        <source>Your contacts find you by your e-mail address; we send a code there to check that it is yours.</source>
        <translation>Ihre Kontakte finden Sie über Ihre E-Mail-Adresse; wir senden einen Code dorthin, um zu prüfen, dass sie Ihnen gehört.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="83"/>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="84"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="86"/>
        <source>&amp;E-mail address</source>
        <translation>&amp;E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="87"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="88"/>
        <source>&amp;Name of this computer</source>
        <translation>&amp;Name dieses Computers</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="89"/>
        <source>Name of this computer</source>
        <translation>Name dieses Computers</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="90"/>
        <source>Shown to your contacts next to this device, e.g. &quot;Laptop&quot;.</source>
        <translation>Wird Ihren Kontakten bei diesem Gerät angezeigt, z. B. „Laptop“.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="91"/>
        <source>I have an &amp;invitation token from my organisation</source>
        <translation>Ich habe ein &amp;Einladungstoken meiner Organisation</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="92"/>
        <source>Your organisation may give you a token instead of an e-mail code: it proves the address is yours.</source>
        <translation>Ihre Organisation kann Ihnen statt eines E-Mail-Codes ein Token geben: Es belegt, dass die Adresse Ihnen gehört.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="107"/>
        <source>That does not look like an e-mail address (%1).</source>
        <extracomment>%1 explains what is wrong with the address, in English</extracomment>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus (%1).</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="112"/>
        <source>Please choose a shorter name for this computer.</source>
        <translation>Bitte wählen Sie einen kürzeren Namen für diesen Computer.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::InlineError</name>
    <message>
        <location filename="../ui/kit/inlineerror.cpp" line="46"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::KeyBackupDialog</name>
    <message>
        <location filename="../ui/dialogs/keybackupdialog.cpp" line="19"/>
        <source>&amp;Back up</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keybackupdialog.cpp" line="22"/>
        <source>Back up your key</source>
        <translation>Schlüssel sichern</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keybackupdialog.cpp" line="25"/>
        <source>Your identity key is what makes you you on Cardinal. A backup lets you restore it on a new device, with the same address and the same safety numbers, if this one is lost.

The backup is locked with the passphrase you choose here before it leaves this device: the server cannot open it. Keep the passphrase somewhere safe; without it the backup is useless.</source>
        <translation>Ihr Identitätsschlüssel macht Sie auf Cardinal zu Ihnen. Geht dieses Gerät verloren, können Sie ihn mit einer Sicherung auf einem neuen Gerät wiederherstellen – mit derselben Adresse und denselben Sicherheitsnummern.

Die Sicherung wird mit der hier gewählten Passphrase verschlossen, bevor sie dieses Gerät verlässt: Der Server kann sie nicht öffnen. Bewahren Sie die Passphrase sicher auf; ohne sie ist die Sicherung nutzlos.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keybackupdialog.cpp" line="36"/>
        <source>Problem</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keybackupdialog.cpp" line="38"/>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::KeyChangeBanner</name>
    <message>
        <location filename="../ui/shell/keychangebanner.cpp" line="19"/>
        <source>&amp;Verify…</source>
        <translation>&amp;Verifizieren…</translation>
    </message>
    <message>
        <location filename="../ui/shell/keychangebanner.cpp" line="20"/>
        <source>&amp;Accept new key</source>
        <translation>Neuen Schlüssel &amp;akzeptieren</translation>
    </message>
    <message>
        <location filename="../ui/shell/keychangebanner.cpp" line="23"/>
        <source>Key change warning</source>
        <translation>Warnung: Schlüssel geändert</translation>
    </message>
    <message>
        <location filename="../ui/shell/keychangebanner.cpp" line="37"/>
        <source>Accept the new key and send held messages</source>
        <translation>Neuen Schlüssel akzeptieren und zurückgehaltene Nachrichten senden</translation>
    </message>
    <message>
        <location filename="../ui/shell/keychangebanner.cpp" line="62"/>
        <source>The safety number with %1 has changed. Usually this means they reinstalled Cardinal or set up a new device; it can also mean someone is trying to read your messages. Messages to %1 are held until you verify the new safety number or accept the new key.</source>
        <translation>Die Sicherheitsnummer mit %1 hat sich geändert. Meist wurde Cardinal neu installiert oder ein neues Gerät eingerichtet; es kann aber auch bedeuten, dass jemand versucht, Ihre Nachrichten mitzulesen. Nachrichten an %1 werden zurückgehalten, bis Sie die neue Sicherheitsnummer verifizieren oder den neuen Schlüssel akzeptieren.</translation>
    </message>
    <message>
        <location filename="../ui/shell/keychangebanner.cpp" line="72"/>
        <source>%1 revoked their key. Nothing can be sent to them until they publish a new one.</source>
        <translation>Der Schlüssel von %1 wurde widerrufen. Bis ein neuer veröffentlicht ist, kann nichts gesendet werden.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::KeyHistoryDialog</name>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="20"/>
        <source>Card published</source>
        <translation>Karte veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="22"/>
        <source>Device added</source>
        <translation>Gerät hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="24"/>
        <source>Device removed</source>
        <translation>Gerät entfernt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="26"/>
        <source>Card revoked</source>
        <translation>Karte widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="46"/>
        <source>Key history of %1</source>
        <translation>Schlüsselverlauf von %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="50"/>
        <source>Reading the key-transparency log…</source>
        <translation>Das Schlüsseltransparenz-Protokoll wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="53"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="53"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="53"/>
        <source>Identity key</source>
        <translation>Identitätsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="53"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="70"/>
        <source>The history cannot be shown: %1</source>
        <translation>Der Verlauf kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="74"/>
        <source>Every change the server&apos;s log holds for this address, checked against the log. A key the person never had means someone else published one for them.</source>
        <translation>Jede Änderung, die das Protokoll des Servers für diese Adresse enthält, gegen das Protokoll geprüft. Ein Schlüssel, den die Person nie hatte, bedeutet, dass jemand anderes einen für sie veröffentlicht hat.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="82"/>
        <source>no card</source>
        <translation>keine Karte</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::LookupWording</name>
    <message>
        <location filename="../ui/dialogs/lookupwording.cpp" line="12"/>
        <source>Nobody uses Cardinal with %1 yet.</source>
        <translation>Unter %1 nutzt noch niemand Cardinal.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/lookupwording.cpp" line="14"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::MessageDelegate</name>
    <message>
        <location filename="../ui/conversation/messagedelegate.cpp" line="213"/>
        <location filename="../ui/conversation/messagedelegate.cpp" line="364"/>
        <source>Read more</source>
        <translation>Weiterlesen</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::MessageListView</name>
    <message>
        <location filename="../ui/conversation/messagelistview.cpp" line="93"/>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::MessageModel</name>
    <message>
        <location filename="../ui/conversation/messagemodel.cpp" line="157"/>
        <source>It reached this device but could not be opened, so nobody can read it here. It may have been damaged on the way or sent to an old key; ask the sender to send it again.</source>
        <translation>Die Nachricht hat dieses Gerät erreicht, ließ sich aber nicht öffnen und kann hier daher nicht gelesen werden. Vielleicht wurde sie unterwegs beschädigt oder an einen alten Schlüssel gesendet; bitten Sie den Absender, sie erneut zu senden.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagemodel.cpp" line="267"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagemodel.cpp" line="268"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagemodel.cpp" line="272"/>
        <source>%1, %2, %3: %4</source>
        <extracomment>Read out for a message: %1 sender, %2 time, %3 state, %4 the message text</extracomment>
        <translation>%1, %2, %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagemodel.cpp" line="283"/>
        <source>Could not decrypt this message: %1</source>
        <translation>Diese Nachricht konnte nicht entschlüsselt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagemodel.cpp" line="284"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagemodel.cpp" line="325"/>
        <source>Held: %1</source>
        <translation>Zurückgehalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagemodel.cpp" line="328"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::NewChatDialog</name>
    <message>
        <location filename="../ui/dialogs/newchatdialog.cpp" line="20"/>
        <source>&amp;Start chat</source>
        <translation>Chat &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newchatdialog.cpp" line="23"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newchatdialog.cpp" line="26"/>
        <source>Who do you want to write to? Enter their &amp;e-mail address.</source>
        <translation>Wem möchten Sie schreiben? Geben Sie die &amp;E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newchatdialog.cpp" line="31"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newchatdialog.cpp" line="32"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newchatdialog.cpp" line="37"/>
        <source>Problem</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newchatdialog.cpp" line="40"/>
        <source>Looking up</source>
        <translation>Suche läuft</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newchatdialog.cpp" line="47"/>
        <source>Start chat</source>
        <translation>Chat starten</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::NewGroupDialog</name>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="23"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="24"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="27"/>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="30"/>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="31"/>
        <source>e.g. Book club</source>
        <translation>z. B. Buchclub</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="33"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="36"/>
        <source>Add someone by e-mail address</source>
        <translation>Person per E-Mail-Adresse hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="37"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="40"/>
        <source>Add member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="42"/>
        <source>Problem</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="44"/>
        <source>Create group</source>
        <translation>Gruppe erstellen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="47"/>
        <source>Group &amp;name:</source>
        <translation>Gruppen&amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="49"/>
        <source>&amp;Members:</source>
        <translation>&amp;Mitglieder:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="51"/>
        <source>Add &amp;someone else:</source>
        <translation>&amp;Weitere Person:</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::OnboardingCard</name>
    <message>
        <location filename="../ui/onboarding/onboardingcard.cpp" line="197"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/onboardingcard.cpp" line="198"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::OnboardingFlow</name>
    <message>
        <location filename="../ui/onboarding/onboardingflow.cpp" line="246"/>
        <source>Creating your keys…</source>
        <translation>Schlüssel werden erzeugt …</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/onboardingflow.cpp" line="322"/>
        <source>The server refused this invitation token (%1). Ask your organisation for a new one, or use an e-mail code.</source>
        <extracomment>%1 is the server&apos;s reason, in English</extracomment>
        <translation>Der Server hat dieses Einladungstoken abgelehnt (%1). Bitten Sie Ihre Organisation um ein neues oder verwenden Sie einen E-Mail-Code.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/onboardingflow.cpp" line="358"/>
        <source>Restoring your keys…</source>
        <translation>Schlüssel werden wiederhergestellt …</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/onboardingflow.cpp" line="372"/>
        <source>Unlocking…</source>
        <translation>Wird entsperrt …</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/onboardingflow.cpp" line="125"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/onboardingflow.cpp" line="400"/>
        <source>The backup passphrase is not correct. Check it, ask for a new code, and try again.</source>
        <translation>Die Passphrase der Sicherung ist falsch. Prüfen Sie sie, fordern Sie einen neuen Code an und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::PassphraseFields</name>
    <message numerus="yes">
        <location filename="../ui/kit/passphrasefields.cpp" line="146"/>
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Zu kurz: mindestens %n Zeichen.</numerusform>
            <numerusform>Zu kurz: mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/kit/passphrasefields.cpp" line="149"/>
        <source>Weak: longer is better, a few unrelated words work well.</source>
        <translation>Schwach: Länger ist besser, ein paar zusammenhanglose Wörter eignen sich gut.</translation>
    </message>
    <message>
        <location filename="../ui/kit/passphrasefields.cpp" line="151"/>
        <source>Fair: a few more characters would help.</source>
        <translation>Mittel: Ein paar Zeichen mehr würden helfen.</translation>
    </message>
    <message>
        <location filename="../ui/kit/passphrasefields.cpp" line="153"/>
        <source>Good.</source>
        <translation>Gut.</translation>
    </message>
    <message>
        <location filename="../ui/kit/passphrasefields.cpp" line="155"/>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <location filename="../ui/kit/passphrasefields.cpp" line="176"/>
        <source>The two passphrases do not match yet.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein.</translation>
    </message>
    <message>
        <location filename="../ui/kit/passphrasefields.cpp" line="183"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../ui/kit/passphrasefields.cpp" line="184"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/kit/passphrasefields.cpp" line="185"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../ui/kit/passphrasefields.cpp" line="186"/>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/kit/passphrasefields.cpp" line="187"/>
        <location filename="../ui/kit/passphrasefields.cpp" line="188"/>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <location filename="../ui/kit/passphrasefields.cpp" line="189"/>
        <source>Passphrase mismatch</source>
        <translation>Passphrasen stimmen nicht überein</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::PassphrasePage</name>
    <message>
        <location filename="../ui/onboarding/passphrasepage.cpp" line="45"/>
        <source>Protect this computer</source>
        <translation>Diesen Computer schützen</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/passphrasepage.cpp" line="45"/>
        <source>Choose a passphrase</source>
        <translation>Wählen Sie eine Passphrase</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/passphrasepage.cpp" line="47"/>
        <source>It encrypts your keys and your message history on this computer. Nobody can recover it for you: without it, what is stored here cannot be opened.</source>
        <translation>Sie verschlüsselt Ihre Schlüssel und Ihren Nachrichtenverlauf auf diesem Computer. Niemand kann sie für Sie wiederherstellen: Ohne sie lässt sich nicht öffnen, was hier gespeichert ist.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/passphrasepage.cpp" line="49"/>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/passphrasepage.cpp" line="50"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::ServerPage</name>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="69"/>
        <source>Enter an address that starts with ws:// or wss://, such as wss://chat.example.org:7447.</source>
        <translation>Geben Sie eine Adresse ein, die mit ws:// oder wss:// beginnt, z. B. wss://chat.example.org:7447.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="86"/>
        <source>The server key is the 64 hexadecimal digits that &apos;cardinal-server init&apos; printed after &quot;authority key:&quot;.</source>
        <translation>Der Serverschlüssel besteht aus den 64 Hexadezimalziffern, die „cardinal-server init“ nach „authority key:“ ausgegeben hat.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="93"/>
        <source>Choose your server</source>
        <translation>Wählen Sie Ihren Server</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="94"/>
        <source>Your messages travel through this server, encrypted: it passes them on but cannot read them.</source>
        <translation>Ihre Nachrichten laufen verschlüsselt über diesen Server: Er leitet sie weiter, kann sie aber nicht lesen.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="96"/>
        <source>Server &amp;address</source>
        <translation>Server&amp;adresse</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="97"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="98"/>
        <source>A&amp;dvanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="99"/>
        <source>Advanced server settings</source>
        <translation>Erweiterte Servereinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="100"/>
        <source>Server &amp;key (optional)</source>
        <translation>Server&amp;schlüssel (optional)</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="101"/>
        <source>Server key</source>
        <translation>Serverschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="102"/>
        <source>If the server&apos;s operator gave you its key, paste it here: then no other server can pretend to be this one.</source>
        <translation>Wenn Ihnen der Betreiber des Servers dessen Schlüssel gegeben hat, fügen Sie ihn hier ein: Dann kann sich kein anderer Server als dieser ausgeben.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="104"/>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="105"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="198"/>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="208"/>
        <source>Show a &amp;notification for new messages</source>
        <translation>Bei neuen Nachrichten &amp;benachrichtigen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="210"/>
        <source>Show the message &amp;text in notifications</source>
        <translation>Nachrichten&amp;text in Benachrichtigungen zeigen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="194"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="195"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="196"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="197"/>
        <source>wss://chat.example.org</source>
        <translation>wss://chat.example.org</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="199"/>
        <source>Use this server</source>
        <translation>Diesen Server verwenden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="203"/>
        <source>This profile is registered with this server. Moving to another server is not supported: it would mean registering again.</source>
        <translation>Dieses Profil ist bei diesem Server registriert. Ein Wechsel zu einem anderen Server ist nicht möglich: Dafür müssten Sie sich neu registrieren.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="205"/>
        <source>The server relays your encrypted messages. It cannot read them.</source>
        <translation>Der Server leitet Ihre verschlüsselten Nachrichten weiter. Lesen kann er sie nicht.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="207"/>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="209"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="211"/>
        <source>Message text in notifications</source>
        <translation>Nachrichtentext in Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="212"/>
        <source>Off, notifications only say who wrote: handy when others can see your screen.</source>
        <translation>Wenn aus, zeigen Benachrichtigungen nur, wer geschrieben hat – praktisch, wenn andere Ihren Bildschirm sehen können.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="217"/>
        <source>Lock after minutes of inactivity</source>
        <translation>Automatisch sperren nach Inaktivität (Minuten)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="218"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="219"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="221"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="222"/>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="215"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="216"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Sperren nach:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="220"/>
        <source>Lan&amp;guage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="223"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="224"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="225"/>
        <source>As the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="226"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="227"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="228"/>
        <source>&amp;Closing the window keeps Cardinal running in the tray</source>
        <translation>&amp;Schließen des Fensters lässt Cardinal im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="229"/>
        <source>Then messages keep arriving and notifications keep coming; Quit in the menu ends Cardinal.</source>
        <translation>Dann kommen weiter Nachrichten und Benachrichtigungen an; „Beenden“ im Menü beendet Cardinal.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="231"/>
        <source>Start Cardinal when I &amp;log in</source>
        <translation>Cardinal beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="232"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="241"/>
        <source>That is not a server address; it looks like wss://chat.example.org.</source>
        <translation>Das ist keine Serveradresse; sie sieht so aus: wss://chat.example.org.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="245"/>
        <source>Cardinal will use %1.</source>
        <translation>Cardinal verwendet %1.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="25"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="37"/>
        <source>Contact or group info</source>
        <translation>Kontakt- oder Gruppeninfo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="38"/>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="39"/>
        <source>New line in a message</source>
        <translation>Neue Zeile in einer Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="40"/>
        <source>Copy the selected message</source>
        <translation>Ausgewählte Nachricht kopieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="42"/>
        <source>From the search box into the list</source>
        <translation>Vom Suchfeld in die Liste</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="43"/>
        <source>Open the conversation and write in it</source>
        <translation>Unterhaltung öffnen und darin schreiben</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="44"/>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="48"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="48"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::TransparencyAlertBanner</name>
    <message>
        <location filename="../ui/shell/transparencyalertbanner.cpp" line="33"/>
        <source>&amp;Export evidence…</source>
        <translation>Beweise &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/shell/transparencyalertbanner.cpp" line="34"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../ui/shell/transparencyalertbanner.cpp" line="37"/>
        <source>Key transparency alert</source>
        <translation>Schlüsseltransparenz-Alarm</translation>
    </message>
    <message>
        <location filename="../ui/shell/transparencyalertbanner.cpp" line="98"/>
        <source>A key you did not create was published for your address on %1.</source>
        <translation>Am %1 wurde für Ihre Adresse ein Schlüssel veröffentlicht, den Sie nicht erstellt haben.</translation>
    </message>
    <message>
        <location filename="../ui/shell/transparencyalertbanner.cpp" line="101"/>
        <source>Someone, possibly the server&apos;s operator, can now receive messages sent to %1. Tell your contacts through another channel, compare safety numbers with them again, and keep the evidence: it is signed by the server.</source>
        <translation>Jemand, möglicherweise der Betreiber des Servers, kann jetzt an %1 gesendete Nachrichten empfangen. Informieren Sie Ihre Kontakte auf einem anderen Weg, vergleichen Sie die Sicherheitsnummern erneut und bewahren Sie die Beweise auf: Sie sind vom Server signiert.</translation>
    </message>
    <message>
        <location filename="../ui/shell/transparencyalertbanner.cpp" line="107"/>
        <source>The server %1 shows %2 a different key directory than it shows you (%3).</source>
        <translation>Der Server %1 zeigt %2 ein anderes Schlüsselverzeichnis als Ihnen (%3).</translation>
    </message>
    <message>
        <location filename="../ui/shell/transparencyalertbanner.cpp" line="110"/>
        <source>Whoever controls the server may be reading messages between you and %1, or between either of you and others. Compare safety numbers with %1 in person or by phone, and keep the evidence: both directories are signed by the server.</source>
        <translation>Wer den Server kontrolliert, kann möglicherweise Nachrichten zwischen Ihnen und %1 oder zwischen einem von Ihnen und anderen mitlesen. Vergleichen Sie die Sicherheitsnummern mit %1 persönlich oder per Telefon und bewahren Sie die Belege auf: Beide Verzeichnisse sind vom Server signiert.</translation>
    </message>
    <message>
        <location filename="../ui/shell/transparencyalertbanner.cpp" line="116"/>
        <source>The server %1 showed a key directory that contradicts what it showed before (%2).</source>
        <translation>Der Server %1 hat ein Schlüsselverzeichnis gezeigt, das dem früher gezeigten widerspricht (%2).</translation>
    </message>
    <message>
        <location filename="../ui/shell/transparencyalertbanner.cpp" line="119"/>
        <source>It may be showing different keys to different people. Compare safety numbers with your contacts before you trust new keys, and keep the evidence: it is signed by the server.</source>
        <translation>Er zeigt womöglich verschiedenen Personen verschiedene Schlüssel. Vergleichen Sie die Sicherheitsnummern mit Ihren Kontakten, bevor Sie neuen Schlüsseln vertrauen, und bewahren Sie die Beweise auf: Sie sind vom Server signiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/transparencyalertbanner.cpp" line="125"/>
        <source>%n alert(s) in all.</source>
        <translation>
            <numerusform>Insgesamt %n Alarm.</numerusform>
            <numerusform>Insgesamt %n Alarme.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cardinal::ui::TrayNotifier</name>
    <message>
        <location filename="../ui/shell/traynotifier.cpp" line="103"/>
        <source>Show Cardinal</source>
        <translation>Cardinal anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/shell/traynotifier.cpp" line="104"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../ui/shell/traynotifier.cpp" line="106"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/traynotifier.cpp" line="134"/>
        <source>Cardinal — %n unread messages</source>
        <translation>
            <numerusform>Cardinal — %n ungelesene Nachricht</numerusform>
            <numerusform>Cardinal — %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/traynotifier.cpp" line="135"/>
        <source>Cardinal</source>
        <translation>Cardinal</translation>
    </message>
    <message>
        <location filename="../ui/shell/traynotifier.cpp" line="153"/>
        <source>New message from %1</source>
        <translation>Neue Nachricht von %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/traynotifier.cpp" line="156"/>
        <source>A message arrived that could not be decrypted.</source>
        <translation>Eine Nachricht ist eingegangen, die nicht entschlüsselt werden konnte.</translation>
    </message>
    <message>
        <location filename="../ui/shell/traynotifier.cpp" line="160"/>
        <source>Open Cardinal to read it.</source>
        <translation>Öffnen Sie Cardinal, um sie zu lesen.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::UnlockScreen</name>
    <message>
        <location filename="../ui/onboarding/unlockscreen.cpp" line="76"/>
        <source>Unlocking…</source>
        <translation>Wird entsperrt …</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/unlockscreen.cpp" line="87"/>
        <source>That passphrase is not correct. Please try again.</source>
        <translation>Diese Passphrase ist falsch. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/unlockscreen.cpp" line="99"/>
        <source>Unlock Cardinal</source>
        <translation>Cardinal entsperren</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/unlockscreen.cpp" line="102"/>
        <source>Enter the passphrase of %1 to open your messages on this computer.</source>
        <translation>Geben Sie die Passphrase von %1 ein, um Ihre Nachrichten auf diesem Computer zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/unlockscreen.cpp" line="104"/>
        <source>Enter your passphrase to open your messages on this computer.</source>
        <translation>Geben Sie Ihre Passphrase ein, um Ihre Nachrichten auf diesem Computer zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/unlockscreen.cpp" line="106"/>
        <source>While Cardinal is locked it receives nothing: new messages wait on the server until you unlock.</source>
        <translation>Solange Cardinal gesperrt ist, empfängt es nichts: neue Nachrichten warten auf dem Server, bis Sie entsperren.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/unlockscreen.cpp" line="108"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/unlockscreen.cpp" line="109"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/unlockscreen.cpp" line="110"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/unlockscreen.cpp" line="111"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::VerifyDialog</name>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="54"/>
        <source>C&amp;opy digits</source>
        <translation>Ziffern &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="55"/>
        <source>&amp;Mark as verified</source>
        <translation>Als &amp;verifiziert markieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="56"/>
        <source>C&amp;lear verification</source>
        <translation>Verifizierung &amp;aufheben</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="59"/>
        <source>Verify %1</source>
        <translation>%1 verifizieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="73"/>
        <source>Trust state</source>
        <translation>Vertrauensstatus</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="74"/>
        <source>What the trust state means</source>
        <translation>Was der Vertrauensstatus bedeutet</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="75"/>
        <source>Safety number</source>
        <translation>Sicherheitsnummer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="76"/>
        <source>Safety number as a QR code</source>
        <translation>Sicherheitsnummer als QR-Code</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="77"/>
        <source>Copy digits</source>
        <translation>Ziffern kopieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="78"/>
        <source>Mark as verified</source>
        <translation>Als verifiziert markieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="79"/>
        <source>Clear verification</source>
        <translation>Verifizierung aufheben</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="87"/>
        <source>Meet or call %1. Compare these numbers with the ones on their screen, or scan their code. If they match, nobody is in the middle.</source>
        <translation>Treffen Sie %1 oder rufen Sie an. Vergleichen Sie diese Ziffern mit denen auf dem anderen Bildschirm oder scannen Sie den Code dort. Stimmen sie überein, sitzt niemand dazwischen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="91"/>
        <source>%1 has a new key. Marking as verified accepts the new key, and messages held for them are sent.</source>
        <translation>%1 hat einen neuen Schlüssel. Wenn Sie als verifiziert markieren, wird der neue Schlüssel akzeptiert und zurückgehaltene Nachrichten werden gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="174"/>
        <source>%1 is not among your contacts yet.</source>
        <translation>%1 ist noch nicht unter Ihren Kontakten.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="123"/>
        <source>Key &amp;history…</source>
        <translation>Schlüssel&amp;verlauf…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="125"/>
        <source>Every key the server&apos;s public log holds for %1</source>
        <translation>Jeder Schlüssel, den das öffentliche Protokoll des Servers für %1 enthält</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::WelcomePage</name>
    <message>
        <location filename="../ui/onboarding/welcomepage.cpp" line="20"/>
        <source>Welcome to Cardinal</source>
        <translation>Willkommen bei Cardinal</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/welcomepage.cpp" line="21"/>
        <source>Private conversations, encrypted on your own devices before they leave them.</source>
        <translation>Private Unterhaltungen – verschlüsselt auf Ihren eigenen Geräten, bevor sie diese verlassen.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/welcomepage.cpp" line="23"/>
        <source>&amp;Create a new account</source>
        <translation>&amp;Neues Konto erstellen</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/welcomepage.cpp" line="24"/>
        <source>Create a new account</source>
        <translation>Neues Konto erstellen</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/welcomepage.cpp" line="25"/>
        <source>I &amp;already use Cardinal</source>
        <translation>Ich nutze Cardinal &amp;bereits</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/welcomepage.cpp" line="26"/>
        <source>I already use Cardinal</source>
        <translation>Ich nutze Cardinal bereits</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::Wording</name>
    <message>
        <location filename="../ui/kit/wording.cpp" line="321"/>
        <source>Not sent to %1</source>
        <extracomment>Shown under a sent group message; %1 lists addresses, each with why in English</extracomment>
        <translation>Nicht gesendet an %1</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="17"/>
        <source>That input is not valid.</source>
        <translation>Diese Eingabe ist ungültig.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="18"/>
        <source>Received data that does not make sense.</source>
        <translation>Die empfangenen Daten ergeben keinen Sinn.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="19"/>
        <source>That is too large.</source>
        <translation>Das ist zu groß.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="20"/>
        <source>This needs a newer version of Cardinal.</source>
        <translation>Dafür ist eine neuere Version von Cardinal nötig.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="21"/>
        <source>A signature did not check out.</source>
        <translation>Eine Signatur ist ungültig.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="22"/>
        <source>The data could not be decrypted.</source>
        <translation>Die Daten konnten nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="23"/>
        <source>The message was not encrypted for this device.</source>
        <translation>Die Nachricht wurde nicht für dieses Gerät verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="24"/>
        <source>The sender is not known.</source>
        <translation>Der Absender ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="25"/>
        <source>A key was refused as unsafe.</source>
        <translation>Ein Schlüssel wurde als unsicher abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="26"/>
        <source>That passphrase is not correct.</source>
        <translation>Diese Passphrase ist falsch.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="27"/>
        <source>A file of this profile is damaged.</source>
        <translation>Eine Datei dieses Profils ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="28"/>
        <source>A file could not be read or written.</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="29"/>
        <source>The encryption library failed.</source>
        <translation>Fehler in der Verschlüsselungsbibliothek.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="30"/>
        <source>That is not allowed.</source>
        <translation>Das ist nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="31"/>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="32"/>
        <source>That exists already.</source>
        <translation>Das gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="33"/>
        <source>Too many attempts; please wait a moment.</source>
        <translation>Zu viele Versuche; bitte warten Sie einen Moment.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="34"/>
        <source>A limit has been reached.</source>
        <translation>Ein Limit wurde erreicht.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="35"/>
        <source>That code is not correct.</source>
        <translation>Dieser Code ist falsch.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="36"/>
        <source>The code has expired; ask for a new one.</source>
        <translation>Der Code ist abgelaufen; fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="37"/>
        <source>The server refused the confirmation.</source>
        <translation>Der Server hat die Bestätigung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="38"/>
        <source>The server does not answer.</source>
        <translation>Der Server antwortet nicht.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="39"/>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="40"/>
        <source>There is no server with that name.</source>
        <translation>Einen Server mit diesem Namen gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="41"/>
        <source>That address is not a Cardinal server.</source>
        <translation>Unter dieser Adresse ist kein Cardinal-Server.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="42"/>
        <source>The secure connection to the server failed.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="43"/>
        <source>The server could not do that just now. Please try again later.</source>
        <translation>Der Server konnte das gerade nicht ausführen. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="44"/>
        <source>The message was not sent.</source>
        <translation>Die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="45"/>
        <source>The server&apos;s key directory failed a check of its public log.</source>
        <translation>Das Schlüsselverzeichnis des Servers hat eine Prüfung anhand seines öffentlichen Protokolls nicht bestanden.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="47"/>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgelaufen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/kit/wording.cpp" line="76"/>
        <source>That code is not correct: %n attempts left.</source>
        <translation>
            <numerusform>Dieser Code ist falsch: noch %n Versuch.</numerusform>
            <numerusform>Dieser Code ist falsch: noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="88"/>
        <location filename="../ui/kit/wording.cpp" line="257"/>
        <source>%1 (%2)</source>
        <extracomment>%1 is a sentence saying what went wrong, %2 technical details in English</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="102"/>
        <source>The server at %1 does not answer. Check the address and your network connection.</source>
        <extracomment>%1 is a server address such as chat.example.org:7447</extracomment>
        <translation>Der Server %1 antwortet nicht. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="107"/>
        <source>The server at %1 refused the connection: nothing is listening there. Check the address and port, or whether the server is running.</source>
        <extracomment>%1 is a server address</extracomment>
        <translation>Der Server %1 hat die Verbindung abgelehnt: dort lauscht nichts. Prüfen Sie Adresse und Port oder ob der Server läuft.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="112"/>
        <source>There is no server called %1. Check the address for typing mistakes.</source>
        <extracomment>%1 is a server address</extracomment>
        <translation>Einen Server namens %1 gibt es nicht. Prüfen Sie die Adresse auf Tippfehler.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="116"/>
        <source>%1 answers, but it is not a Cardinal server. Check the address and port.</source>
        <extracomment>%1 is a server address</extracomment>
        <translation>%1 antwortet, ist aber kein Cardinal-Server. Prüfen Sie Adresse und Port.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="120"/>
        <source>The server at %1 is not the one whose key you entered: its key is different. Check the key with the server&apos;s operator.</source>
        <extracomment>%1 is a server address</extracomment>
        <translation>Der Server %1 ist nicht der, dessen Schlüssel Sie eingegeben haben: sein Schlüssel ist ein anderer. Prüfen Sie den Schlüssel mit dem Betreiber des Servers.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="125"/>
        <source>A secure connection to %1 could not be made (%2). If the server uses a certificate of its own, this computer has to trust it first.</source>
        <extracomment>%1 is a server address, %2 the system&apos;s reason in English</extracomment>
        <translation>Eine sichere Verbindung zu %1 kam nicht zustande (%2). Wenn der Server ein eigenes Zertifikat verwendet, muss dieser Computer ihm zuerst vertrauen.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="136"/>
        <source>Unverified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="137"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="138"/>
        <source>Key changed</source>
        <translation>Schlüssel geändert</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="139"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="148"/>
        <source>Messages are encrypted, but you have not yet compared safety numbers with this contact.</source>
        <translation>Nachrichten sind verschlüsselt; die Sicherheitsnummer ist noch nicht verglichen.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="151"/>
        <source>You compared safety numbers: only this contact&apos;s devices can read your messages.</source>
        <translation>Sicherheitsnummer verglichen: Nur Geräte dieses Kontakts lesen Ihre Nachrichten.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="154"/>
        <source>This contact&apos;s key changed. Messages wait until you verify or accept the new key.</source>
        <translation>Neuer Schlüssel: Nachrichten warten, bis Sie ihn verifizieren oder akzeptieren.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="157"/>
        <source>This contact&apos;s key was revoked. Nothing is encrypted to it any more.</source>
        <translation>Schlüssel widerrufen: An diesen Kontakt wird nichts mehr verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="165"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="167"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="168"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="207"/>
        <source>%1, %2</source>
        <extracomment>A date and a time of day, e.g. &quot;04.12.26, 14:05&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="228"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="230"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="237"/>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="239"/>
        <source>Held: a recipient&apos;s key changed; verify or accept it to send</source>
        <translation>Zurückgehalten: Der Schlüssel eines Empfängers hat sich geändert; verifizieren oder akzeptieren Sie ihn, um zu senden</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="240"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="241"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="242"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="243"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="244"/>
        <source>Could not decrypt</source>
        <translation>Nicht entschlüsselbar</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="261"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="264"/>
        <source>it was not encrypted for this device</source>
        <extracomment>Follows &quot;Could not decrypt this message:&quot;</extracomment>
        <translation>sie wurde nicht für dieses Gerät verschlüsselt</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="267"/>
        <source>it was damaged on the way or altered</source>
        <extracomment>Follows &quot;Could not decrypt this message:&quot;</extracomment>
        <translation>sie wurde unterwegs beschädigt oder verändert</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="270"/>
        <source>it is not a message Cardinal can read</source>
        <extracomment>Follows &quot;Could not decrypt this message:&quot;</extracomment>
        <translation>sie ist keine Nachricht, die Cardinal lesen kann</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="273"/>
        <source>it needs a newer version of Cardinal</source>
        <extracomment>Follows &quot;Could not decrypt this message:&quot;</extracomment>
        <translation>sie braucht eine neuere Version von Cardinal</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="276"/>
        <source>the server says it is from %1, but the sender&apos;s card belongs to %2</source>
        <extracomment>Follows &quot;Could not decrypt this message:&quot;; %1 and %2 are addresses</extracomment>
        <translation>laut Server ist sie von %1, aber die Karte des Absenders gehört %2</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="280"/>
        <source>it was sent from a device that is not on the sender&apos;s card</source>
        <extracomment>Follows &quot;Could not decrypt this message:&quot;</extracomment>
        <translation>sie wurde von einem Gerät gesendet, das nicht auf der Karte des Absenders steht</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="283"/>
        <source>the sender&apos;s signature does not match</source>
        <extracomment>Follows &quot;Could not decrypt this message:&quot;</extracomment>
        <translation>die Signatur des Absenders passt nicht</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="286"/>
        <source>the server delivered it to the wrong conversation</source>
        <extracomment>Follows &quot;Could not decrypt this message:&quot;</extracomment>
        <translation>der Server hat sie in die falsche Unterhaltung zugestellt</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="289"/>
        <source>the sender&apos;s card could not be checked</source>
        <extracomment>Follows &quot;Could not decrypt this message:&quot;</extracomment>
        <translation>die Karte des Absenders konnte nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="292"/>
        <source>the key of %1 changed; verify it or accept the new key to send</source>
        <extracomment>Follows &quot;Held:&quot;; %1 is one or more addresses</extracomment>
        <translation>der Schlüssel von %1 hat sich geändert; verifizieren oder akzeptieren Sie den neuen Schlüssel, um zu senden</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="296"/>
        <source>no recipient has a device to send to</source>
        <extracomment>Follows &quot;Not sent:&quot;</extracomment>
        <translation>kein Empfänger hat ein Gerät, an das gesendet werden kann</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="299"/>
        <source>it could not be encrypted</source>
        <extracomment>Follows &quot;Not sent:&quot;</extracomment>
        <translation>sie konnte nicht verschlüsselt werden</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="302"/>
        <source>the server refused it</source>
        <extracomment>Follows &quot;Not sent:&quot;</extracomment>
        <translation>der Server hat sie abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="305"/>
        <source>you are not a member of this group</source>
        <extracomment>Follows &quot;Not sent:&quot;</extracomment>
        <translation>Sie sind kein Mitglied dieser Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="308"/>
        <source>%1 has no card on this server</source>
        <extracomment>Follows &quot;Not sent:&quot;; %1 is an address</extracomment>
        <translation>%1 hat keine Karte auf diesem Server</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="311"/>
        <source>%1 revoked their card</source>
        <extracomment>Follows &quot;Not sent:&quot;; %1 is an address</extracomment>
        <translation>%1 hat die eigene Karte widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="314"/>
        <source>the card of %1 does not check out</source>
        <extracomment>Follows &quot;Not sent:&quot;; %1 is an address</extracomment>
        <translation>die Karte von %1 besteht die Prüfung nicht</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="332"/>
        <source>The safety number with %1 changed. Messages to them are held until you verify the new number or accept the new key.</source>
        <extracomment>A line in a conversation; %1 is the contact&apos;s address</extracomment>
        <translation>Die Sicherheitsnummer mit %1 hat sich geändert. Nachrichten an diesen Kontakt werden zurückgehalten, bis Sie die neue Nummer verifizieren oder den neuen Schlüssel akzeptieren.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="337"/>
        <source>The safety number with %1 changed. Compare it with them to make sure it is really them.</source>
        <extracomment>A line in a conversation; %1 is the contact&apos;s address</extracomment>
        <translation>Die Sicherheitsnummer mit %1 hat sich geändert. Vergleichen Sie sie mit Ihrem Kontakt, um sicherzugehen, dass es wirklich diese Person ist.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="342"/>
        <source>%1 revoked their key; nothing more is sent to it.</source>
        <extracomment>A line in a conversation; %1 is the contact&apos;s address</extracomment>
        <translation>Der Schlüssel von %1 wurde widerrufen; an ihn wird nichts mehr gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="345"/>
        <source>You accepted the new key of %1.</source>
        <extracomment>A line in a conversation; %1 is the contact&apos;s address</extracomment>
        <translation>Sie haben den neuen Schlüssel von %1 akzeptiert.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="348"/>
        <source>You marked %1 as verified.</source>
        <extracomment>A line in a conversation; %1 is the contact&apos;s address</extracomment>
        <translation>Sie haben %1 als verifiziert markiert.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="351"/>
        <source>You cleared the verification of %1.</source>
        <extracomment>A line in a conversation; %1 is the contact&apos;s address</extracomment>
        <translation>Sie haben die Verifizierung von %1 aufgehoben.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="40"/>
        <source>Cardinal, the end-to-end encrypted messenger.</source>
        <translation>Cardinal, der Ende-zu-Ende-verschlüsselte Messenger.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="47"/>
        <source>Use profile NAME (or a directory path); default: %1.</source>
        <translation>Profil NAME verwenden (oder einen Verzeichnispfad); Standard: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="50"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="54"/>
        <source>The server a new account is offered (default: %1).</source>
        <translation>Server, der für ein neues Konto vorgeschlagen wird (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="59"/>
        <source>Use language CODE (en, ru, de) and remember it.</source>
        <translation>Sprache CODE (en, ru, de) verwenden und merken.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="60"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
</context>
</TS>
