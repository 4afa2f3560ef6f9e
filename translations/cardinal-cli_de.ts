<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/cli/translation.cpp" line="20"/>
        <source>Displays version information.</source>
        <translation>Zeigt die Versionsinformationen an.</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="21"/>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt die Hilfe zu den Kommandozeilenoptionen an.</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="22"/>
        <source>Displays help including Qt specific options.</source>
        <translation>Zeigt die Hilfe einschließlich der Qt-spezifischen Optionen an.</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="23"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="24"/>
        <source>Unknown options: %1.</source>
        <translation>Unbekannte Optionen: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="25"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Fehlender Wert nach „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="26"/>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Unerwarteter Wert nach „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="27"/>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="28"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="29"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="30"/>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="84"/>
        <source>checked the card of %1: self-signed, its devices signed by it; not checked which server vouches for it (no server key pinned)</source>
        <translation>Karte von %1 geprüft: selbst signiert, ihre Geräte von ihr signiert; nicht geprüft, welcher Server für sie bürgt (kein Serverschlüssel festgelegt)</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="90"/>
        <source>%1: the card of %2 is not from your server: it was not countersigned by the server key this profile has pinned</source>
        <translation>%1: Die Karte von %2 stammt nicht von Ihrem Server: Sie ist nicht mit dem Serverschlüssel gegengezeichnet, den dieses Profil festgelegt hat</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="94"/>
        <source>checked the card of %1: self-signed, its devices signed by it, countersigned by your server</source>
        <translation>Karte von %1 geprüft: selbst signiert, ihre Geräte von ihr signiert, von Ihrem Server gegengezeichnet</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="198"/>
        <source>left out device %1: %2</source>
        <translation>Gerät %1 ausgelassen: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="272"/>
        <source>not sent to %1</source>
        <translation>nicht gesendet an %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="35"/>
        <location filename="../app/cli/ktcommands.cpp" line="156"/>
        <source>--server takes ws://HOST:PORT or wss://HOST:PORT</source>
        <translation>--server erwartet ws://HOST:PORT oder wss://HOST:PORT</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="47"/>
        <source>--authority takes the 64 hex digits of the key</source>
        <translation>--authority erwartet die 64 Hexadezimalziffern des Schlüssels</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="64"/>
        <source>that is not a token as &apos;cardinal-server issue-token&apos; prints it</source>
        <translation>das ist kein Token, wie es „cardinal-server issue-token“ ausgibt</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="104"/>
        <source>this profile is registered already</source>
        <translation>dieses Profil ist bereits registriert</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/accountcommands.cpp" line="120"/>
        <source>a code was sent to %1; it expires in %n minutes. Run: cardinal-cli confirm CODE</source>
        <translation>
            <numerusform>ein Code wurde an %1 gesendet; er läuft in %n Minute ab. Weiter mit: cardinal-cli confirm CODE</numerusform>
            <numerusform>ein Code wurde an %1 gesendet; er läuft in %n Minuten ab. Weiter mit: cardinal-cli confirm CODE</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="139"/>
        <source>a profile exists in %1 already</source>
        <translation>in %1 gibt es bereits ein Profil</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="153"/>
        <location filename="../app/cli/accountcommands.cpp" line="197"/>
        <location filename="../app/cli/ktcommands.cpp" line="169"/>
        <location filename="../app/cli/onlinesession.h" line="58"/>
        <source>no answer from the server</source>
        <translation>keine Antwort vom Server</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="157"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="162"/>
        <source>a code was sent to %1. Run: cardinal-cli confirm CODE</source>
        <translation>ein Code wurde an %1 gesendet. Weiter mit: cardinal-cli confirm CODE</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="182"/>
        <location filename="../app/cli/accountcommands.cpp" line="238"/>
        <location filename="../app/cli/offlinecommands.cpp" line="49"/>
        <location filename="../app/cli/onlinesession.cpp" line="23"/>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="205"/>
        <source>restored %1 on this device</source>
        <translation>%1 auf diesem Gerät wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="70"/>
        <source>registered %1</source>
        <translation>%1 registriert</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="250"/>
        <source>key backup stored on the server (sealed under your passphrase)</source>
        <translation>Schlüsselsicherung auf dem Server gespeichert (mit Ihrer Passphrase versiegelt)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="271"/>
        <source>(this device)</source>
        <translation>(dieses Gerät)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="285"/>
        <source>--device takes a device id (see &apos;devices&apos;)</source>
        <translation>--device erwartet eine Geräte-ID (siehe „devices“)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="295"/>
        <source>revoked device %1</source>
        <translation>Gerät %1 widerrufen</translation>
    </message>
    <message>
        <location filename="../app/cli/chatcommands.cpp" line="26"/>
        <source>name either a person or a --group</source>
        <translation>geben Sie entweder eine Person oder --group an</translation>
    </message>
    <message>
        <location filename="../app/cli/chatcommands.cpp" line="30"/>
        <location filename="../app/cli/chatcommands.cpp" line="284"/>
        <source>a group id is 32 hex digits</source>
        <translation>eine Gruppen-ID besteht aus 32 Hexadezimalziffern</translation>
    </message>
    <message>
        <location filename="../app/cli/chatcommands.cpp" line="93"/>
        <source>the message vanished from the history</source>
        <translation>die Nachricht ist aus dem Verlauf verschwunden</translation>
    </message>
    <message>
        <location filename="../app/cli/chatcommands.cpp" line="101"/>
        <source>queued: it goes out the next time cardinal-cli is online</source>
        <translation>in der Warteschlange: wird gesendet, sobald cardinal-cli das nächste Mal online ist</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/chatcommands.cpp" line="96"/>
        <source>%1 (%2 of %n devices)</source>
        <extracomment>%1 is a message state (&quot;stored&quot;, &quot;delivered&quot;), %2 a count of devices.</extracomment>
        <translation>
            <numerusform>%1 (%2 von %n Gerät)</numerusform>
            <numerusform>%1 (%2 von %n Geräten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/chatcommands.cpp" line="230"/>
        <source>(marked verified)</source>
        <translation>(als verifiziert markiert)</translation>
    </message>
    <message>
        <location filename="../app/cli/chatcommands.cpp" line="253"/>
        <source>accepted the new key of %1</source>
        <translation>neuer Schlüssel von %1 akzeptiert</translation>
    </message>
    <message>
        <location filename="../app/cli/chatcommands.cpp" line="298"/>
        <source>added %1</source>
        <translation>zur Gruppe hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/chatcommands.cpp" line="298"/>
        <source>removed %1</source>
        <translation>aus der Gruppe entfernt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="47"/>
        <source>init --identity EMAIL [--device NAME]</source>
        <extracomment>A usage line: keep the command and option names, translate the placeholders in capitals as in the option list.</extracomment>
        <translation>init --identity E-MAIL [--device NAME]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="48"/>
        <source>card export [--out FILE]</source>
        <translation>card export [--out DATEI]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="49"/>
        <source>safety-number --card FILE</source>
        <translation>safety-number --card DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="50"/>
        <source>encrypt --to CARDFILE [--to CARDFILE ...] [--in FILE] [--out FILE]</source>
        <translation>encrypt --to KARTENDATEI [--to KARTENDATEI ...] [--in DATEI] [--out DATEI]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="51"/>
        <source>decrypt [--from CARDFILE] [--in FILE] [--out FILE]</source>
        <translation>decrypt [--from KARTENDATEI] [--in DATEI] [--out DATEI]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="52"/>
        <source>register --server URL [--authority KEY] [--token TOKEN]</source>
        <translation>register --server URL [--authority SCHLÜSSEL] [--token TOKEN]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="53"/>
        <source>confirm CODE</source>
        <translation>confirm CODE</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="54"/>
        <source>send --to EMAIL TEXT | send --group ID TEXT</source>
        <translation>send --to E-MAIL TEXT | send --group ID TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="55"/>
        <source>receive [--wait SECONDS]</source>
        <translation>receive [--wait SEKUNDEN]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="57"/>
        <source>history --with EMAIL | history --group ID</source>
        <translation>history --with E-MAIL | history --group ID</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="59"/>
        <source>verify EMAIL [--mark]</source>
        <translation>verify E-MAIL [--mark]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="60"/>
        <source>accept-key EMAIL</source>
        <translation>accept-key E-MAIL</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="61"/>
        <source>group create NAME --member EMAIL [--member EMAIL ...]</source>
        <translation>group create NAME --member E-MAIL [--member E-MAIL ...]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="62"/>
        <source>group add ID EMAIL</source>
        <translation>group add ID E-MAIL</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="63"/>
        <source>group remove ID EMAIL</source>
        <translation>group remove ID E-MAIL</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="65"/>
        <source>restore --server URL --identity EMAIL [--authority KEY]   (then: confirm CODE)</source>
        <translation>restore --server URL --identity E-MAIL [--authority SCHLÜSSEL]   (danach: confirm CODE)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="67"/>
        <source>revoke --device ID</source>
        <translation>revoke --device ID</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="79"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="82"/>
        <source>The passphrase comes from CARDINAL_PASSPHRASE, --passphrase-file, or a prompt.</source>
        <translation>Die Passphrase kommt aus CARDINAL_PASSPHRASE, aus --passphrase-file oder wird im Terminal abgefragt.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="83"/>
        <source>Exit status: 0 on success, 1 on failure, 2 on a usage error.</source>
        <translation>Exit-Status: 0 bei Erfolg, 1 bei einem Fehler, 2 bei falschem Aufruf.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="89"/>
        <source>%1 (see --help)</source>
        <translation>%1 (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="122"/>
        <source>Cardinal command-line client: end-to-end encrypted messaging.</source>
        <translation>Cardinal-Kommandozeilenclient: Ende-zu-Ende-verschlüsselte Nachrichten.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="126"/>
        <source>FILE</source>
        <extracomment>The words in capitals name the value an option takes, as in the command list.</extracomment>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="127"/>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="129"/>
        <source>Profile NAME, or a directory if it contains a &apos;/&apos; (the same profiles as the desktop app).</source>
        <translation>Profil-NAME, oder ein Verzeichnis, wenn er ein „/“ enthält (dieselben Profile wie die Desktop-App).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="129"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="130"/>
        <source>Read the passphrase from FILE.</source>
        <translation>Passphrase aus DATEI lesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="131"/>
        <source>Print one JSON object per line.</source>
        <translation>Ein JSON-Objekt pro Zeile ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="132"/>
        <source>E-mail identity (init, restore).</source>
        <translation>E-Mail-Identität (init, restore).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="133"/>
        <source>Device name (init) or id (revoke).</source>
        <translation>Gerätename (init) oder Geräte-ID (revoke).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="133"/>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="134"/>
        <source>Contact card file (safety-number).</source>
        <translation>Kontaktkartendatei (safety-number).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="135"/>
        <source>Recipient: card file (encrypt; repeatable) or e-mail (send).</source>
        <translation>Empfänger: Kartendatei (encrypt; wiederholbar) oder E-Mail-Adresse (send).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="135"/>
        <source>TO</source>
        <translation>AN</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="136"/>
        <source>Expected sender&apos;s card file (decrypt).</source>
        <translation>Kartendatei des erwarteten Absenders (decrypt).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="136"/>
        <source>CARDFILE</source>
        <translation>KARTENDATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="137"/>
        <source>Input file (default: standard input).</source>
        <translation>Eingabedatei (Standard: Standardeingabe).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="138"/>
        <source>Output file (default: standard output).</source>
        <translation>Ausgabedatei (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="139"/>
        <source>Server address, ws://HOST:PORT or wss://HOST:PORT.</source>
        <translation>Serveradresse: ws://HOST:PORT oder wss://HOST:PORT.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="139"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="140"/>
        <source>The server&apos;s authority key, as &apos;cardinal-server init&apos; printed it (register, restore).</source>
        <translation>Der Beglaubigungsschlüssel des Servers, wie „cardinal-server init“ ihn ausgegeben hat (register, restore).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="140"/>
        <location filename="../app/cli/main.cpp" line="142"/>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="141"/>
        <source>An invitation token from the server&apos;s operator instead of an e-mail code, or - to read it from standard input (register).</source>
        <translation>Ein Einladungstoken des Serverbetreibers statt eines E-Mail-Codes, oder -, um es von der Standardeingabe zu lesen (register).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="141"/>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="143"/>
        <source>Group id (send, history).</source>
        <translation>Gruppen-ID (send, history).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="143"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="144"/>
        <source>Contact (history).</source>
        <translation>Kontakt (history).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="145"/>
        <source>Group member (group create; repeatable).</source>
        <translation>Gruppenmitglied (group create; wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="146"/>
        <source>Record the safety number as verified (verify).</source>
        <translation>Sicherheitsnummer als verifiziert markieren (verify).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="147"/>
        <source>Seconds to wait for messages (receive; default 3).</source>
        <translation>Wie viele Sekunden auf Nachrichten gewartet wird (receive; Standard: 3).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="147"/>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="149"/>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="149"/>
        <source>What to do (see below).</source>
        <translation>Was zu tun ist (siehe unten).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="162"/>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="165"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="168"/>
        <source>usage: cardinal-cli %1</source>
        <translation>Aufruf: cardinal-cli %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="172"/>
        <source>&apos;%1&apos; does not take --%2</source>
        <translation>„%1“ akzeptiert --%2 nicht</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="203"/>
        <source>--wait takes 0 to 3600 seconds</source>
        <translation>--wait erwartet 0 bis 3600 Sekunden</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="47"/>
        <location filename="../app/cli/onlinesession.cpp" line="21"/>
        <source>no profile in %1; run &apos;cardinal-cli init&apos; first</source>
        <translation>kein Profil in %1; führen Sie zuerst „cardinal-cli init“ aus</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="115"/>
        <source>init needs --identity EMAIL</source>
        <translation>init braucht --identity E-MAIL</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="118"/>
        <source>a profile already exists in %1</source>
        <translation>in %1 gibt es bereits ein Profil</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/offlinecommands.cpp" line="120"/>
        <source>Choose a passphrase (at least %n characters): </source>
        <translation>
            <numerusform>Wählen Sie eine Passphrase (mindestens %n Zeichen): </numerusform>
            <numerusform>Wählen Sie eine Passphrase (mindestens %n Zeichen): </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="129"/>
        <source>identity: %1</source>
        <translation>Identität: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="130"/>
        <source>card: %1</source>
        <translation>Karte: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="131"/>
        <source>device: %1 (%2)</source>
        <translation>Gerät: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="132"/>
        <source>profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="147"/>
        <source>safety-number needs --card FILE</source>
        <translation>safety-number braucht --card DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="166"/>
        <source>encrypt needs at least one --to CARDFILE</source>
        <translation>encrypt braucht mindestens ein --to KARTENDATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="230"/>
        <source>the message is not from %1</source>
        <translation>die Nachricht ist nicht von %1</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="234"/>
        <source>the message comes from a device not on the sender&apos;s card</source>
        <translation>die Nachricht stammt von einem Gerät, das nicht auf der Karte des Absenders steht</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="243"/>
        <source>good signature from %1</source>
        <translation>gültige Signatur von %1</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="245"/>
        <source>warning: sender not verified (card %1); pass --from CARDFILE to verify it</source>
        <translation>Warnung: Absender nicht verifiziert (Karte %1); zum Prüfen --from KARTENDATEI angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="71"/>
        <source>no server yet: run &apos;cardinal-cli register --server URL&apos;</source>
        <translation>noch kein Server: führen Sie „cardinal-cli register --server URL“ aus</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="97"/>
        <source>cannot reach the server at %1</source>
        <translation>der Server unter %1 ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="164"/>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="165"/>
        <source>held</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="166"/>
        <source>stored</source>
        <translation>auf dem Server gespeichert</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="167"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="168"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="169"/>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="170"/>
        <source>undecryptable</source>
        <translation>nicht entschlüsselbar</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="178"/>
        <source>unverified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="179"/>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="180"/>
        <source>changed</source>
        <translation>Schlüssel geändert</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="181"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="199"/>
        <source>The safety number with %1 changed. Messages to them are held until you verify the new number (&apos;cardinal-cli verify&apos;) or accept the new key (&apos;cardinal-cli accept-key&apos;).</source>
        <translation>Die Sicherheitsnummer mit %1 hat sich geändert. Nachrichten an diesen Kontakt werden zurückgehalten, bis Sie die neue Nummer verifizieren („cardinal-cli verify“) oder den neuen Schlüssel akzeptieren („cardinal-cli accept-key“).</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="204"/>
        <source>The safety number with %1 changed. Compare it with them (&apos;cardinal-cli verify&apos;) to make sure it is really them.</source>
        <translation>Die Sicherheitsnummer mit %1 hat sich geändert. Vergleichen Sie sie mit Ihrem Kontakt („cardinal-cli verify“), um sicherzugehen, dass es wirklich diese Person ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="208"/>
        <source>%1 revoked their key; nothing more is sent to it.</source>
        <translation>Der Schlüssel von %1 wurde widerrufen; an ihn wird nichts mehr gesendet.</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="210"/>
        <source>You accepted the new key of %1.</source>
        <translation>Sie haben den neuen Schlüssel von %1 akzeptiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="212"/>
        <source>You marked %1 as verified.</source>
        <translation>Sie haben %1 als verifiziert markiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="214"/>
        <source>You cleared the verification of %1.</source>
        <translation>Sie haben die Verifizierung von %1 aufgehoben.</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="230"/>
        <location filename="../app/cli/onlinesession.cpp" line="291"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="232"/>
        <source>it was not encrypted for this device</source>
        <translation>sie wurde nicht für dieses Gerät verschlüsselt</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="234"/>
        <source>it was damaged on the way or altered</source>
        <translation>sie wurde unterwegs beschädigt oder verändert</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="236"/>
        <source>it is not a message envelope cardinal-cli can read</source>
        <translation>sie ist kein Nachrichtenumschlag, den cardinal-cli lesen kann</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="238"/>
        <source>it needs a newer version of Cardinal</source>
        <translation>sie braucht eine neuere Version von Cardinal</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="240"/>
        <source>the server says it is from %1, but the sender&apos;s card belongs to %2</source>
        <translation>laut Server ist sie von %1, aber die Karte des Absenders gehört %2</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="243"/>
        <source>it was sent from a device that is not on the sender&apos;s card</source>
        <translation>sie wurde von einem Gerät gesendet, das nicht auf der Karte des Absenders steht</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="245"/>
        <source>the sender&apos;s signature does not match</source>
        <translation>die Signatur des Absenders passt nicht</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="247"/>
        <source>the server delivered it to the wrong conversation</source>
        <translation>der Server hat sie in die falsche Unterhaltung zugestellt</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="249"/>
        <source>the sender&apos;s card could not be checked</source>
        <translation>die Karte des Absenders konnte nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="251"/>
        <source>the key of %1 changed: compare the new safety number (&apos;cardinal-cli verify&apos;) or accept the new key (&apos;cardinal-cli accept-key&apos;)</source>
        <translation>der Schlüssel von %1 hat sich geändert: vergleichen Sie die neue Sicherheitsnummer („cardinal-cli verify“) oder akzeptieren Sie den neuen Schlüssel („cardinal-cli accept-key“)</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="255"/>
        <source>no recipient has a device to send to</source>
        <translation>kein Empfänger hat ein Gerät, an das gesendet werden kann</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="257"/>
        <source>it could not be encrypted</source>
        <translation>sie konnte nicht verschlüsselt werden</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="259"/>
        <source>the server refused it</source>
        <translation>der Server hat sie abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="261"/>
        <source>you are not a member of this group</source>
        <translation>Sie sind kein Mitglied dieser Gruppe</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="263"/>
        <source>%1 has no card on this server</source>
        <translation>%1 hat keine Karte auf diesem Server</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="265"/>
        <source>%1 revoked their card</source>
        <translation>%1 hat die eigene Karte widerrufen</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="267"/>
        <source>the card of %1 does not check out</source>
        <translation>die Karte von %1 besteht die Prüfung nicht</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="292"/>
        <source>could not decrypt: %1</source>
        <translation>konnte nicht entschlüsselt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/terminal.cpp" line="28"/>
        <source>no passphrase: set CARDINAL_PASSPHRASE, use --passphrase-file, or run in a terminal</source>
        <translation>keine Passphrase: setzen Sie CARDINAL_PASSPHRASE, verwenden Sie --passphrase-file oder starten Sie im Terminal</translation>
    </message>
    <message>
        <location filename="../app/cli/terminal.cpp" line="52"/>
        <source>no passphrase was entered</source>
        <translation>keine Passphrase eingegeben</translation>
    </message>
    <message>
        <location filename="../app/cli/terminal.cpp" line="79"/>
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <location filename="../app/cli/terminal.cpp" line="83"/>
        <source>the passphrases differ</source>
        <translation>die Passphrasen stimmen nicht überein</translation>
    </message>
    <message>
        <location filename="../app/cli/terminal.cpp" line="93"/>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/terminal.cpp" line="103"/>
        <source>input is larger than %n bytes</source>
        <translation>
            <numerusform>die Eingabe ist größer als %n Byte</numerusform>
            <numerusform>die Eingabe ist größer als %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/terminal.cpp" line="114"/>
        <source>cannot write standard output</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="48"/>
        <source>invalid argument</source>
        <translation>ungültiges Argument</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="49"/>
        <source>malformed input</source>
        <translation>fehlerhafte Eingabe</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="50"/>
        <source>input too large</source>
        <translation>Eingabe zu groß</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="51"/>
        <source>unsupported version</source>
        <translation>nicht unterstützte Version</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="52"/>
        <source>bad signature</source>
        <translation>ungültige Signatur</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="53"/>
        <source>decryption failed</source>
        <translation>Entschlüsselung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="54"/>
        <source>not a recipient</source>
        <translation>nicht unter den Empfängern</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="55"/>
        <source>unknown sender</source>
        <translation>unbekannter Absender</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="56"/>
        <source>weak key</source>
        <translation>schwacher Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="57"/>
        <source>wrong passphrase</source>
        <translation>falsche Passphrase</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="58"/>
        <source>corrupt file</source>
        <translation>beschädigte Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="59"/>
        <source>I/O error</source>
        <translation>Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="60"/>
        <source>crypto failure</source>
        <translation>Kryptografiefehler</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="61"/>
        <source>forbidden</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="62"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="63"/>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="64"/>
        <source>rate limited</source>
        <translation>zu viele Anfragen</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="65"/>
        <source>limit reached</source>
        <translation>Grenze erreicht</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="66"/>
        <source>invalid code</source>
        <translation>falscher Code</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="67"/>
        <source>code expired</source>
        <translation>Code abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="68"/>
        <source>invalid token</source>
        <translation>ungültiges Token</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="69"/>
        <source>server unreachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="70"/>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="71"/>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="72"/>
        <source>not a Cardinal server</source>
        <translation>kein Cardinal-Server</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="73"/>
        <source>secure connection failed</source>
        <translation>sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="74"/>
        <source>the server failed; try again later</source>
        <translation>Fehler auf dem Server; versuchen Sie es später noch einmal</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="75"/>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="76"/>
        <source>key transparency proof failed</source>
        <translation>Nachweis der Schlüsseltransparenz fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="179"/>
        <source>--kt-key takes the checkpoint key as &apos;cardinal-server init&apos; printed it</source>
        <translation>--kt-key erwartet den Prüfpunkt-Schlüssel so, wie &apos;cardinal-server init&apos; ihn ausgegeben hat</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="83"/>
        <source>ALERT %1 (%2): %3</source>
        <translation>ALARM %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="142"/>
        <source>The log&apos;s checkpoint key, as &apos;cardinal-server init&apos; printed it (kt audit).</source>
        <translation>Der Prüfpunkt-Schlüssel des Protokolls, wie &apos;cardinal-server init&apos; ihn ausgegeben hat (kt audit).</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="258"/>
        <source>alert %1 acknowledged</source>
        <translation>Alarm %1 zur Kenntnis genommen</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="198"/>
        <source>audit FAILED: %1</source>
        <translation>Prüfung FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="205"/>
        <source>audit passed: %1 entries, %2 epochs, %3 checkpoints, %4 addresses; log key %5</source>
        <translation>Prüfung bestanden: %1 Einträge, %2 Epochen, %3 Prüfpunkte, %4 Adressen; Protokollschlüssel %5</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="55"/>
        <source>cardinal-cli: ALERT: %1</source>
        <translation>cardinal-cli: ALARM: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="72"/>
        <source>kt acknowledge ID</source>
        <translation>kt acknowledge NUMMER</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="252"/>
        <source>kt acknowledge takes an alert number</source>
        <translation>kt acknowledge erwartet eine Alarmnummer</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="70"/>
        <source>kt audit --server URL [--kt-key KEY]</source>
        <translation>kt audit --server URL [--kt-key SCHLÜSSEL]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="71"/>
        <source>kt evidence [--out FILE]</source>
        <translation>kt evidence [--out DATEI]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="69"/>
        <source>kt history EMAIL</source>
        <translation>kt history E-MAIL</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="66"/>
        <source>log %1: checkpoint of %2 entries held; own address checked %3 (version %4)</source>
        <translation>Protokoll %1: Prüfpunkt mit %2 Einträgen gespeichert; eigene Adresse geprüft %3 (Version %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="26"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="195"/>
        <source>the audit did not finish</source>
        <translation>die Prüfung wurde nicht beendet</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="110"/>
        <source>the log holds nothing for %1</source>
        <translation>das Protokoll enthält nichts für %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="72"/>
        <location filename="../app/cli/ktcommands.cpp" line="173"/>
        <source>the server keeps no key-transparency log</source>
        <translation>der Server führt kein Schlüsseltransparenz-Protokoll</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="183"/>
        <source>the server&apos;s checkpoint key is not the one given</source>
        <translation>der Prüfpunkt-Schlüssel des Servers ist nicht der angegebene</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="127"/>
        <source>version %1  %2  %3  card %4  key %5  devices %6  (log entry %7)</source>
        <translation>Version %1  %2  %3  Karte %4  Schlüssel %5  Geräte %6  (Protokolleintrag %7)</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="133"/>
        <source>version %1  %2  %3  no card  (log entry %4)</source>
        <translation>Version %1  %2  %3  keine Karte  (Protokolleintrag %4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ktcommands.cpp" line="88"/>
        <source>%n key-transparency alert(s) open; see &apos;kt evidence&apos;</source>
        <translation>
            <numerusform>%n Schlüsseltransparenz-Alarm offen; siehe &apos;kt evidence&apos;</numerusform>
            <numerusform>%n Schlüsseltransparenz-Alarme offen; siehe &apos;kt evidence&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ktcommands.cpp" line="239"/>
        <source>%n piece(s) of evidence written to %1</source>
        <translation>
            <numerusform>%n Beweisstück nach %1 geschrieben</numerusform>
            <numerusform>%n Beweisstücke nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/onlinesession.cpp" line="49"/>
        <source>cardinal-cli: ALERT: %n key-transparency alert(s) open; run &apos;cardinal-cli kt status&apos;</source>
        <translation>
            <numerusform>cardinal-cli: ALARM: %n Schlüsseltransparenz-Alarm offen; &apos;cardinal-cli kt status&apos; ausführen</numerusform>
            <numerusform>cardinal-cli: ALARM: %n Schlüsseltransparenz-Alarme offen; &apos;cardinal-cli kt status&apos; ausführen</numerusform>
        </translation>
    </message>
</context>
</TS>
