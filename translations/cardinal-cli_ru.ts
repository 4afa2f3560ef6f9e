<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/cli/translation.cpp" line="20"/>
        <source>Displays version information.</source>
        <translation>Показать сведения о версии.</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="21"/>
        <source>Displays help on commandline options.</source>
        <translation>Показать справку по параметрам командной строки.</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="22"/>
        <source>Displays help including Qt specific options.</source>
        <translation>Показать справку, включая параметры Qt.</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="23"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Неизвестный параметр «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="24"/>
        <source>Unknown options: %1.</source>
        <translation>Неизвестные параметры: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="25"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Нет значения после «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="26"/>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Неожиданное значение после «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="27"/>
        <source>[options]</source>
        <translation>[параметры]</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="28"/>
        <source>Usage: %1</source>
        <translation>Использование: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="29"/>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="30"/>
        <source>Arguments:</source>
        <translation>Аргументы:</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="84"/>
        <source>checked the card of %1: self-signed, its devices signed by it; not checked which server vouches for it (no server key pinned)</source>
        <translation>карточка %1 проверена: подписана своим ключом, её устройства подписаны им; не проверено, какой сервер за неё ручается (ключ сервера не закреплён)</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="90"/>
        <source>%1: the card of %2 is not from your server: it was not countersigned by the server key this profile has pinned</source>
        <translation>%1: карточка %2 не с вашего сервера: она не заверена ключом сервера, закреплённым в этом профиле</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="94"/>
        <source>checked the card of %1: self-signed, its devices signed by it, countersigned by your server</source>
        <translation>карточка %1 проверена: подписана своим ключом, её устройства подписаны им, заверена вашим сервером</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="198"/>
        <source>left out device %1: %2</source>
        <translation>устройство %1 пропущено: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="272"/>
        <source>not sent to %1</source>
        <translation>не отправлено: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="35"/>
        <location filename="../app/cli/ktcommands.cpp" line="156"/>
        <source>--server takes ws://HOST:PORT or wss://HOST:PORT</source>
        <translation>--server принимает ws://УЗЕЛ:ПОРТ или wss://УЗЕЛ:ПОРТ</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="47"/>
        <source>--authority takes the 64 hex digits of the key</source>
        <translation>--authority принимает ключ из 64 шестнадцатеричных цифр</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="64"/>
        <source>that is not a token as &apos;cardinal-server issue-token&apos; prints it</source>
        <translation>это не токен в том виде, в каком его выводит «cardinal-server issue-token»</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="104"/>
        <source>this profile is registered already</source>
        <translation>этот профиль уже зарегистрирован</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/accountcommands.cpp" line="120"/>
        <source>a code was sent to %1; it expires in %n minutes. Run: cardinal-cli confirm CODE</source>
        <translation>
            <numerusform>код отправлен на %1; он действует %n минуту. Далее: cardinal-cli confirm КОД</numerusform>
            <numerusform>код отправлен на %1; он действует %n минуты. Далее: cardinal-cli confirm КОД</numerusform>
            <numerusform>код отправлен на %1; он действует %n минут. Далее: cardinal-cli confirm КОД</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="139"/>
        <source>a profile exists in %1 already</source>
        <translation>в %1 уже есть профиль</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="153"/>
        <location filename="../app/cli/accountcommands.cpp" line="197"/>
        <location filename="../app/cli/ktcommands.cpp" line="169"/>
        <location filename="../app/cli/onlinesession.h" line="58"/>
        <source>no answer from the server</source>
        <translation>сервер не ответил</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="157"/>
        <source>cannot create %1</source>
        <translation>не удаётся создать %1</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="162"/>
        <source>a code was sent to %1. Run: cardinal-cli confirm CODE</source>
        <translation>код отправлен на %1. Далее: cardinal-cli confirm КОД</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="182"/>
        <location filename="../app/cli/accountcommands.cpp" line="238"/>
        <location filename="../app/cli/offlinecommands.cpp" line="49"/>
        <location filename="../app/cli/onlinesession.cpp" line="23"/>
        <source>Passphrase: </source>
        <translation>Парольная фраза: </translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="205"/>
        <source>restored %1 on this device</source>
        <translation>%1: учётная запись восстановлена на этом устройстве</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="70"/>
        <source>registered %1</source>
        <translation>%1: регистрация завершена</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="250"/>
        <source>key backup stored on the server (sealed under your passphrase)</source>
        <translation>резервная копия ключей сохранена на сервере (зашифрована вашей парольной фразой)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="271"/>
        <source>(this device)</source>
        <translation>(это устройство)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="285"/>
        <source>--device takes a device id (see &apos;devices&apos;)</source>
        <translation>--device принимает ID устройства (см. «devices»)</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="295"/>
        <source>revoked device %1</source>
        <translation>устройство %1 отозвано</translation>
    </message>
    <message>
        <location filename="../app/cli/chatcommands.cpp" line="26"/>
        <source>name either a person or a --group</source>
        <translation>укажите либо собеседника, либо --group</translation>
    </message>
    <message>
        <location filename="../app/cli/chatcommands.cpp" line="30"/>
        <location filename="../app/cli/chatcommands.cpp" line="284"/>
        <source>a group id is 32 hex digits</source>
        <translation>ID группы — это 32 шестнадцатеричные цифры</translation>
    </message>
    <message>
        <location filename="../app/cli/chatcommands.cpp" line="93"/>
        <source>the message vanished from the history</source>
        <translation>сообщение пропало из истории</translation>
    </message>
    <message>
        <location filename="../app/cli/chatcommands.cpp" line="101"/>
        <source>queued: it goes out the next time cardinal-cli is online</source>
        <translation>в очереди: сообщение уйдёт, когда cardinal-cli в следующий раз будет в сети</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/chatcommands.cpp" line="96"/>
        <source>%1 (%2 of %n devices)</source>
        <extracomment>%1 is a message state (&quot;stored&quot;, &quot;delivered&quot;), %2 a count of devices.</extracomment>
        <translation>
            <numerusform>%1 (%2 из %n устройства)</numerusform>
            <numerusform>%1 (%2 из %n устройств)</numerusform>
            <numerusform>%1 (%2 из %n устройств)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/chatcommands.cpp" line="230"/>
        <source>(marked verified)</source>
        <translation>(отмечен как проверенный)</translation>
    </message>
    <message>
        <location filename="../app/cli/chatcommands.cpp" line="253"/>
        <source>accepted the new key of %1</source>
        <translation>новый ключ %1 принят</translation>
    </message>
    <message>
        <location filename="../app/cli/chatcommands.cpp" line="298"/>
        <source>added %1</source>
        <translation>добавлен в группу: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/chatcommands.cpp" line="298"/>
        <source>removed %1</source>
        <translation>исключён из группы: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="47"/>
        <source>init --identity EMAIL [--device NAME]</source>
        <extracomment>A usage line: keep the command and option names, translate the placeholders in capitals as in the option list.</extracomment>
        <translation>init --identity АДРЕС [--device ИМЯ]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="48"/>
        <source>card export [--out FILE]</source>
        <translation>card export [--out ФАЙЛ]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="49"/>
        <source>safety-number --card FILE</source>
        <translation>safety-number --card ФАЙЛ</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="50"/>
        <source>encrypt --to CARDFILE [--to CARDFILE ...] [--in FILE] [--out FILE]</source>
        <translation>encrypt --to ФАЙЛ_КАРТОЧКИ [--to ФАЙЛ_КАРТОЧКИ ...] [--in ФАЙЛ] [--out ФАЙЛ]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="51"/>
        <source>decrypt [--from CARDFILE] [--in FILE] [--out FILE]</source>
        <translation>decrypt [--from ФАЙЛ_КАРТОЧКИ] [--in ФАЙЛ] [--out ФАЙЛ]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="52"/>
        <source>register --server URL [--authority KEY] [--token TOKEN]</source>
        <translation>register --server URL [--authority КЛЮЧ] [--token ТОКЕН]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="53"/>
        <source>confirm CODE</source>
        <translation>confirm КОД</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="54"/>
        <source>send --to EMAIL TEXT | send --group ID TEXT</source>
        <translation>send --to АДРЕС ТЕКСТ | send --group ID ТЕКСТ</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="55"/>
        <source>receive [--wait SECONDS]</source>
        <translation>receive [--wait СЕКУНДЫ]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="57"/>
        <source>history --with EMAIL | history --group ID</source>
        <translation>history --with АДРЕС | history --group ID</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="59"/>
        <source>verify EMAIL [--mark]</source>
        <translation>verify АДРЕС [--mark]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="60"/>
        <source>accept-key EMAIL</source>
        <translation>accept-key АДРЕС</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="61"/>
        <source>group create NAME --member EMAIL [--member EMAIL ...]</source>
        <translation>group create ИМЯ --member АДРЕС [--member АДРЕС ...]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="62"/>
        <source>group add ID EMAIL</source>
        <translation>group add ID АДРЕС</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="63"/>
        <source>group remove ID EMAIL</source>
        <translation>group remove ID АДРЕС</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="65"/>
        <source>restore --server URL --identity EMAIL [--authority KEY]   (then: confirm CODE)</source>
        <translation>restore --server URL --identity АДРЕС [--authority КЛЮЧ]   (затем: confirm КОД)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="67"/>
        <source>revoke --device ID</source>
        <translation>revoke --device ID</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="79"/>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="82"/>
        <source>The passphrase comes from CARDINAL_PASSPHRASE, --passphrase-file, or a prompt.</source>
        <translation>Парольная фраза берётся из CARDINAL_PASSPHRASE, из --passphrase-file или запрашивается в терминале.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="83"/>
        <source>Exit status: 0 on success, 1 on failure, 2 on a usage error.</source>
        <translation>Код возврата: 0 — успех, 1 — ошибка, 2 — неверный вызов.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="89"/>
        <source>%1 (see --help)</source>
        <translation>%1 (см. --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="122"/>
        <source>Cardinal command-line client: end-to-end encrypted messaging.</source>
        <translation>Cardinal для командной строки: переписка со сквозным шифрованием.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="126"/>
        <source>FILE</source>
        <extracomment>The words in capitals name the value an option takes, as in the command list.</extracomment>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="127"/>
        <source>EMAIL</source>
        <translation>АДРЕС</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="129"/>
        <source>Profile NAME, or a directory if it contains a &apos;/&apos; (the same profiles as the desktop app).</source>
        <translation>ИМЯ профиля или каталог, если в нём есть «/» (те же профили, что и у приложения).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="129"/>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="130"/>
        <source>Read the passphrase from FILE.</source>
        <translation>Читать парольную фразу из ФАЙЛА.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="131"/>
        <source>Print one JSON object per line.</source>
        <translation>Выводить по одному объекту JSON в строке.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="132"/>
        <source>E-mail identity (init, restore).</source>
        <translation>Идентификатор — адрес электронной почты (init, restore).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="133"/>
        <source>Device name (init) or id (revoke).</source>
        <translation>Имя устройства (init) или его ID (revoke).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="133"/>
        <source>DEVICE</source>
        <translation>УСТРОЙСТВО</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="134"/>
        <source>Contact card file (safety-number).</source>
        <translation>Файл карточки контакта (safety-number).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="135"/>
        <source>Recipient: card file (encrypt; repeatable) or e-mail (send).</source>
        <translation>Получатель: файл карточки (encrypt; можно указать несколько раз) или адрес электронной почты (send).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="135"/>
        <source>TO</source>
        <translation>КОМУ</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="136"/>
        <source>Expected sender&apos;s card file (decrypt).</source>
        <translation>Файл карточки ожидаемого отправителя (decrypt).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="136"/>
        <source>CARDFILE</source>
        <translation>ФАЙЛ_КАРТОЧКИ</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="137"/>
        <source>Input file (default: standard input).</source>
        <translation>Входной файл (по умолчанию — стандартный ввод).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="138"/>
        <source>Output file (default: standard output).</source>
        <translation>Выходной файл (по умолчанию — стандартный вывод).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="139"/>
        <source>Server address, ws://HOST:PORT or wss://HOST:PORT.</source>
        <translation>Адрес сервера: ws://УЗЕЛ:ПОРТ или wss://УЗЕЛ:ПОРТ.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="139"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="140"/>
        <source>The server&apos;s authority key, as &apos;cardinal-server init&apos; printed it (register, restore).</source>
        <translation>Удостоверяющий ключ сервера в том виде, в каком его вывела команда «cardinal-server init» (register, restore).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="140"/>
        <location filename="../app/cli/main.cpp" line="142"/>
        <source>KEY</source>
        <translation>КЛЮЧ</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="141"/>
        <source>An invitation token from the server&apos;s operator instead of an e-mail code, or - to read it from standard input (register).</source>
        <translation>Токен приглашения от оператора сервера вместо кода из письма или -, чтобы прочитать его со стандартного ввода (register).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="141"/>
        <source>TOKEN</source>
        <translation>ТОКЕН</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="143"/>
        <source>Group id (send, history).</source>
        <translation>ID группы (send, history).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="143"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="144"/>
        <source>Contact (history).</source>
        <translation>Контакт (history).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="145"/>
        <source>Group member (group create; repeatable).</source>
        <translation>Участник группы (group create; можно указать несколько раз).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="146"/>
        <source>Record the safety number as verified (verify).</source>
        <translation>Отметить код безопасности как проверенный (verify).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="147"/>
        <source>Seconds to wait for messages (receive; default 3).</source>
        <translation>Сколько секунд ждать сообщений (receive; по умолчанию 3).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="147"/>
        <source>SECONDS</source>
        <translation>СЕКУНДЫ</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="149"/>
        <source>command</source>
        <translation>команда</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="149"/>
        <source>What to do (see below).</source>
        <translation>Что сделать (см. ниже).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="162"/>
        <source>no command given</source>
        <translation>не указана команда</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="165"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="168"/>
        <source>usage: cardinal-cli %1</source>
        <translation>использование: cardinal-cli %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="172"/>
        <source>&apos;%1&apos; does not take --%2</source>
        <translation>команда %1 не принимает --%2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="203"/>
        <source>--wait takes 0 to 3600 seconds</source>
        <translation>--wait принимает от 0 до 3600 секунд</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="47"/>
        <location filename="../app/cli/onlinesession.cpp" line="21"/>
        <source>no profile in %1; run &apos;cardinal-cli init&apos; first</source>
        <translation>в %1 нет профиля; сначала выполните «cardinal-cli init»</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="115"/>
        <source>init needs --identity EMAIL</source>
        <translation>для init нужен параметр --identity АДРЕС</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="118"/>
        <source>a profile already exists in %1</source>
        <translation>в %1 уже есть профиль</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/offlinecommands.cpp" line="120"/>
        <source>Choose a passphrase (at least %n characters): </source>
        <translation>
            <numerusform>Придумайте парольную фразу (не менее %n символа): </numerusform>
            <numerusform>Придумайте парольную фразу (не менее %n символов): </numerusform>
            <numerusform>Придумайте парольную фразу (не менее %n символов): </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="129"/>
        <source>identity: %1</source>
        <translation>идентификатор: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="130"/>
        <source>card: %1</source>
        <translation>карточка: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="131"/>
        <source>device: %1 (%2)</source>
        <translation>устройство: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="132"/>
        <source>profile: %1</source>
        <translation>профиль: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="147"/>
        <source>safety-number needs --card FILE</source>
        <translation>для safety-number нужен параметр --card ФАЙЛ</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="166"/>
        <source>encrypt needs at least one --to CARDFILE</source>
        <translation>для encrypt нужен хотя бы один параметр --to ФАЙЛ_КАРТОЧКИ</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="230"/>
        <source>the message is not from %1</source>
        <translation>сообщение не от %1</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="234"/>
        <source>the message comes from a device not on the sender&apos;s card</source>
        <translation>сообщение отправлено с устройства, которого нет в карточке отправителя</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="243"/>
        <source>good signature from %1</source>
        <translation>подпись верна: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/offlinecommands.cpp" line="245"/>
        <source>warning: sender not verified (card %1); pass --from CARDFILE to verify it</source>
        <translation>предупреждение: отправитель не проверен (карточка %1); чтобы проверить его, укажите --from ФАЙЛ_КАРТОЧКИ</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="71"/>
        <source>no server yet: run &apos;cardinal-cli register --server URL&apos;</source>
        <translation>сервер ещё не задан: выполните «cardinal-cli register --server URL»</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="97"/>
        <source>cannot reach the server at %1</source>
        <translation>сервер %1 недоступен</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="164"/>
        <source>queued</source>
        <translation>в очереди</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="165"/>
        <source>held</source>
        <translation>задержано</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="166"/>
        <source>stored</source>
        <translation>сохранено на сервере</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="167"/>
        <source>delivered</source>
        <translation>доставлено</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="168"/>
        <source>failed</source>
        <translation>не отправлено</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="169"/>
        <source>received</source>
        <translation>получено</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="170"/>
        <source>undecryptable</source>
        <translation>не расшифровано</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="178"/>
        <source>unverified</source>
        <translation>не проверен</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="179"/>
        <source>verified</source>
        <translation>проверен</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="180"/>
        <source>changed</source>
        <translation>ключ изменился</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="181"/>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="199"/>
        <source>The safety number with %1 changed. Messages to them are held until you verify the new number (&apos;cardinal-cli verify&apos;) or accept the new key (&apos;cardinal-cli accept-key&apos;).</source>
        <translation>Код безопасности с %1 изменился. Сообщения для этого контакта задержаны, пока вы не проверите новый код («cardinal-cli verify») или не примете новый ключ («cardinal-cli accept-key»).</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="204"/>
        <source>The safety number with %1 changed. Compare it with them (&apos;cardinal-cli verify&apos;) to make sure it is really them.</source>
        <translation>Код безопасности с %1 изменился. Сверьте его с собеседником («cardinal-cli verify»), чтобы убедиться, что это действительно он.</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="208"/>
        <source>%1 revoked their key; nothing more is sent to it.</source>
        <translation>Ключ %1 отозван; на него больше ничего не отправляется.</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="210"/>
        <source>You accepted the new key of %1.</source>
        <translation>Вы приняли новый ключ %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="212"/>
        <source>You marked %1 as verified.</source>
        <translation>Вы отметили %1 как проверенного.</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="214"/>
        <source>You cleared the verification of %1.</source>
        <translation>Вы сняли отметку о проверке %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="230"/>
        <location filename="../app/cli/onlinesession.cpp" line="291"/>
        <source>no reason given</source>
        <translation>причина неизвестна</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="232"/>
        <source>it was not encrypted for this device</source>
        <translation>оно не было зашифровано для этого устройства</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="234"/>
        <source>it was damaged on the way or altered</source>
        <translation>оно было повреждено в пути или изменено</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="236"/>
        <source>it is not a message envelope cardinal-cli can read</source>
        <translation>это не конверт сообщения, который cardinal-cli может прочитать</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="238"/>
        <source>it needs a newer version of Cardinal</source>
        <translation>для него нужна более новая версия Cardinal</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="240"/>
        <source>the server says it is from %1, but the sender&apos;s card belongs to %2</source>
        <translation>сервер утверждает, что оно от %1, но карточка отправителя принадлежит %2</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="243"/>
        <source>it was sent from a device that is not on the sender&apos;s card</source>
        <translation>оно отправлено с устройства, которого нет в карточке отправителя</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="245"/>
        <source>the sender&apos;s signature does not match</source>
        <translation>подпись отправителя не совпадает</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="247"/>
        <source>the server delivered it to the wrong conversation</source>
        <translation>сервер доставил его не в тот разговор</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="249"/>
        <source>the sender&apos;s card could not be checked</source>
        <translation>не удалось проверить карточку отправителя</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="251"/>
        <source>the key of %1 changed: compare the new safety number (&apos;cardinal-cli verify&apos;) or accept the new key (&apos;cardinal-cli accept-key&apos;)</source>
        <translation>ключ %1 изменился: сравните новый код безопасности («cardinal-cli verify») или примите новый ключ («cardinal-cli accept-key»)</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="255"/>
        <source>no recipient has a device to send to</source>
        <translation>ни у одного получателя нет устройства, на которое можно отправить</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="257"/>
        <source>it could not be encrypted</source>
        <translation>его не удалось зашифровать</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="259"/>
        <source>the server refused it</source>
        <translation>сервер его отклонил</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="261"/>
        <source>you are not a member of this group</source>
        <translation>вы не участник этой группы</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="263"/>
        <source>%1 has no card on this server</source>
        <translation>у %1 нет карточки на этом сервере</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="265"/>
        <source>%1 revoked their card</source>
        <translation>%1 отозвал(а) свою карточку</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="267"/>
        <source>the card of %1 does not check out</source>
        <translation>карточка %1 не прошла проверку</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="292"/>
        <source>could not decrypt: %1</source>
        <translation>не удалось расшифровать: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/terminal.cpp" line="28"/>
        <source>no passphrase: set CARDINAL_PASSPHRASE, use --passphrase-file, or run in a terminal</source>
        <translation>нет парольной фразы: задайте CARDINAL_PASSPHRASE, укажите --passphrase-file или запустите в терминале</translation>
    </message>
    <message>
        <location filename="../app/cli/terminal.cpp" line="52"/>
        <source>no passphrase was entered</source>
        <translation>парольная фраза не введена</translation>
    </message>
    <message>
        <location filename="../app/cli/terminal.cpp" line="79"/>
        <source>Repeat the passphrase: </source>
        <translation>Повторите парольную фразу: </translation>
    </message>
    <message>
        <location filename="../app/cli/terminal.cpp" line="83"/>
        <source>the passphrases differ</source>
        <translation>парольные фразы не совпадают</translation>
    </message>
    <message>
        <location filename="../app/cli/terminal.cpp" line="93"/>
        <source>cannot read standard input</source>
        <translation>не удаётся прочитать стандартный ввод</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/terminal.cpp" line="103"/>
        <source>input is larger than %n bytes</source>
        <translation>
            <numerusform>входные данные больше %n байта</numerusform>
            <numerusform>входные данные больше %n байт</numerusform>
            <numerusform>входные данные больше %n байт</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/terminal.cpp" line="114"/>
        <source>cannot write standard output</source>
        <translation>не удаётся записать в стандартный вывод</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="48"/>
        <source>invalid argument</source>
        <translation>недопустимый аргумент</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="49"/>
        <source>malformed input</source>
        <translation>неверный формат данных</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="50"/>
        <source>input too large</source>
        <translation>слишком большие входные данные</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="51"/>
        <source>unsupported version</source>
        <translation>неподдерживаемая версия</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="52"/>
        <source>bad signature</source>
        <translation>неверная подпись</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="53"/>
        <source>decryption failed</source>
        <translation>ошибка расшифровки</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="54"/>
        <source>not a recipient</source>
        <translation>не в числе получателей</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="55"/>
        <source>unknown sender</source>
        <translation>неизвестный отправитель</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="56"/>
        <source>weak key</source>
        <translation>слабый ключ</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="57"/>
        <source>wrong passphrase</source>
        <translation>неверная парольная фраза</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="58"/>
        <source>corrupt file</source>
        <translation>файл повреждён</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="59"/>
        <source>I/O error</source>
        <translation>ошибка ввода-вывода</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="60"/>
        <source>crypto failure</source>
        <translation>сбой криптографии</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="61"/>
        <source>forbidden</source>
        <translation>запрещено</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="62"/>
        <source>not found</source>
        <translation>не найдено</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="63"/>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="64"/>
        <source>rate limited</source>
        <translation>слишком много запросов</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="65"/>
        <source>limit reached</source>
        <translation>достигнут предел</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="66"/>
        <source>invalid code</source>
        <translation>неверный код</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="67"/>
        <source>code expired</source>
        <translation>срок действия кода истёк</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="68"/>
        <source>invalid token</source>
        <translation>недействительный токен</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="69"/>
        <source>server unreachable</source>
        <translation>сервер недоступен</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="70"/>
        <source>connection refused</source>
        <translation>соединение отклонено</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="71"/>
        <source>host not found</source>
        <translation>узел не найден</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="72"/>
        <source>not a Cardinal server</source>
        <translation>не сервер Cardinal</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="73"/>
        <source>secure connection failed</source>
        <translation>не удалось установить защищённое соединение</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="74"/>
        <source>the server failed; try again later</source>
        <translation>сбой на сервере; попробуйте позже</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="75"/>
        <source>not sent</source>
        <translation>не отправлено</translation>
    </message>
    <message>
        <location filename="../app/cli/translation.cpp" line="76"/>
        <source>key transparency proof failed</source>
        <translation>доказательство прозрачности ключей не прошло проверку</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="179"/>
        <source>--kt-key takes the checkpoint key as &apos;cardinal-server init&apos; printed it</source>
        <translation>--kt-key принимает ключ контрольных точек в том виде, как его вывел &apos;cardinal-server init&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="83"/>
        <source>ALERT %1 (%2): %3</source>
        <translation>ТРЕВОГА %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="142"/>
        <source>The log&apos;s checkpoint key, as &apos;cardinal-server init&apos; printed it (kt audit).</source>
        <translation>Ключ контрольных точек журнала, как его вывел &apos;cardinal-server init&apos; (kt audit).</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="258"/>
        <source>alert %1 acknowledged</source>
        <translation>тревога %1 принята к сведению</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="198"/>
        <source>audit FAILED: %1</source>
        <translation>проверка НЕ ПРОЙДЕНА: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="205"/>
        <source>audit passed: %1 entries, %2 epochs, %3 checkpoints, %4 addresses; log key %5</source>
        <translation>проверка пройдена: записей %1, эпох %2, контрольных точек %3, адресов %4; ключ журнала %5</translation>
    </message>
    <message>
        <location filename="../app/cli/onlinesession.cpp" line="55"/>
        <source>cardinal-cli: ALERT: %1</source>
        <translation>cardinal-cli: ТРЕВОГА: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="72"/>
        <source>kt acknowledge ID</source>
        <translation>kt acknowledge НОМЕР</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="252"/>
        <source>kt acknowledge takes an alert number</source>
        <translation>kt acknowledge принимает номер тревоги</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="70"/>
        <source>kt audit --server URL [--kt-key KEY]</source>
        <translation>kt audit --server URL [--kt-key КЛЮЧ]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="71"/>
        <source>kt evidence [--out FILE]</source>
        <translation>kt evidence [--out ФАЙЛ]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="69"/>
        <source>kt history EMAIL</source>
        <translation>kt history АДРЕС</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="66"/>
        <source>log %1: checkpoint of %2 entries held; own address checked %3 (version %4)</source>
        <translation>журнал %1: сохранена контрольная точка из %2 записей; свой адрес проверен %3 (версия %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="26"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="195"/>
        <source>the audit did not finish</source>
        <translation>проверка не завершилась</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="110"/>
        <source>the log holds nothing for %1</source>
        <translation>в журнале нет записей для %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="72"/>
        <location filename="../app/cli/ktcommands.cpp" line="173"/>
        <source>the server keeps no key-transparency log</source>
        <translation>сервер не ведёт журнал прозрачности ключей</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="183"/>
        <source>the server&apos;s checkpoint key is not the one given</source>
        <translation>ключ контрольных точек сервера не совпадает с указанным</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="127"/>
        <source>version %1  %2  %3  card %4  key %5  devices %6  (log entry %7)</source>
        <translation>версия %1  %2  %3  карточка %4  ключ %5  устройств %6  (запись журнала %7)</translation>
    </message>
    <message>
        <location filename="../app/cli/ktcommands.cpp" line="133"/>
        <source>version %1  %2  %3  no card  (log entry %4)</source>
        <translation>версия %1  %2  %3  без карточки  (запись журнала %4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ktcommands.cpp" line="88"/>
        <source>%n key-transparency alert(s) open; see &apos;kt evidence&apos;</source>
        <translation>
            <numerusform>%n тревога прозрачности ключей не закрыта; см. &apos;kt evidence&apos;</numerusform>
            <numerusform>%n тревоги прозрачности ключей не закрыты; см. &apos;kt evidence&apos;</numerusform>
            <numerusform>%n тревог прозрачности ключей не закрыто; см. &apos;kt evidence&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ktcommands.cpp" line="239"/>
        <source>%n piece(s) of evidence written to %1</source>
        <translation>
            <numerusform>%n доказательство записано в %1</numerusform>
            <numerusform>%n доказательства записаны в %1</numerusform>
            <numerusform>%n доказательств записано в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/onlinesession.cpp" line="49"/>
        <source>cardinal-cli: ALERT: %n key-transparency alert(s) open; run &apos;cardinal-cli kt status&apos;</source>
        <translation>
            <numerusform>cardinal-cli: ТРЕВОГА: %n тревога прозрачности ключей не закрыта; выполните &apos;cardinal-cli kt status&apos;</numerusform>
            <numerusform>cardinal-cli: ТРЕВОГА: %n тревоги прозрачности ключей не закрыты; выполните &apos;cardinal-cli kt status&apos;</numerusform>
            <numerusform>cardinal-cli: ТРЕВОГА: %n тревог прозрачности ключей не закрыто; выполните &apos;cardinal-cli kt status&apos;</numerusform>
        </translation>
    </message>
</context>
</TS>
