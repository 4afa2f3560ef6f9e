<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>Autostart</name>
    <message>
        <location filename="../ui/kit/autostart.cpp" line="54"/>
        <source>%1 cannot be removed.</source>
        <translation>Не удаётся удалить %1.</translation>
    </message>
    <message>
        <location filename="../ui/kit/autostart.cpp" line="60"/>
        <source>%1 cannot be created.</source>
        <translation>Не удаётся создать %1.</translation>
    </message>
    <message>
        <location filename="../ui/kit/autostart.cpp" line="77"/>
        <source>%1 cannot be written.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::AccountDialog</name>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="49"/>
        <source>Your account</source>
        <translation>Ваша учётная запись</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="52"/>
        <source>Your address</source>
        <translation>Ваш адрес</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="59"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="62"/>
        <source>This device</source>
        <translation>Это устройство</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="66"/>
        <source>Identity key fingerprint</source>
        <translation>Отпечаток ключа идентификации</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="68"/>
        <source>Your identity key. Contacts compare safety numbers made from it; it stays the same on all your devices.</source>
        <translation>Ваш ключ идентификации. Из него получаются коды безопасности, которые сверяют ваши контакты; на всех ваших устройствах он один и тот же.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="72"/>
        <source>This device:</source>
        <translation>Это устройство:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="73"/>
        <source>Identity key:</source>
        <translation>Ключ идентификации:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="75"/>
        <location filename="../ui/dialogs/accountdialog.cpp" line="77"/>
        <source>Your devices</source>
        <translation>Ваши устройства</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="85"/>
        <source>&amp;Export public card…</source>
        <translation>&amp;Экспорт карточки…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="87"/>
        <location filename="../ui/dialogs/accountdialog.cpp" line="251"/>
        <source>Export public card</source>
        <translation>Экспорт открытой карточки</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="88"/>
        <source>Save your public card to a file, for someone to compare safety numbers with you without a server.</source>
        <translation>Сохранить открытую карточку в файл, чтобы с вами можно было сверить код безопасности без сервера.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="90"/>
        <source>&amp;Back up key…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="92"/>
        <source>Back up key</source>
        <translation>Резервная копия ключа</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="93"/>
        <source>Change &amp;passphrase…</source>
        <translation>Сменить &amp;парольную фразу…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="95"/>
        <source>Change passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="103"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="131"/>
        <source>Asking the server for your devices…</source>
        <translation>Запрашиваем у сервера список устройств…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="171"/>
        <source>%1 · %2 · added %3 (this device)</source>
        <translation>%1 · %2 · добавлено %3 (это устройство)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="173"/>
        <source>%1 · %2 · added %3</source>
        <translation>%1 · %2 · добавлено %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="179"/>
        <location filename="../ui/dialogs/accountdialog.cpp" line="211"/>
        <source>Revoke</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="181"/>
        <source>Revoke %1</source>
        <translation>Отозвать %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="194"/>
        <source>Only this device uses your account. Back up your key to add another one.</source>
        <translation>Ваша учётная запись используется только на этом устройстве. Чтобы добавить другое, создайте резервную копию ключа.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="206"/>
        <source>Revoke device</source>
        <translation>Отозвать устройство</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="207"/>
        <source>Revoke “%1”?</source>
        <translation>Отозвать «%1»?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="209"/>
        <source>It will get no more messages, and it cannot be brought back: to use it again, restore your key backup on it.</source>
        <translation>Оно больше не будет получать сообщения, и вернуть его нельзя: чтобы снова им пользоваться, восстановите на нём резервную копию ключа.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="234"/>
        <source>The device was revoked.</source>
        <translation>Устройство отозвано.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="255"/>
        <source>Cardinal cards (*.card);;All files (*)</source>
        <translation>Карточки Cardinal (*.card);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="262"/>
        <source>Your public card was saved to %1.</source>
        <translation>Открытая карточка сохранена в %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="273"/>
        <source>Your key is backed up. To use your account on a new device, choose “Restore” there and enter the backup passphrase.</source>
        <translation>Резервная копия ключа создана. Чтобы пользоваться учётной записью на новом устройстве, выберите там «Я уже пользуюсь Cardinal» и введите парольную фразу резервной копии.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/accountdialog.cpp" line="284"/>
        <source>Your passphrase was changed. Use the new one from now on.</source>
        <translation>Парольная фраза изменена. Теперь используйте новую.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::AppWindow</name>
    <message>
        <location filename="../ui/shell/appwindow.cpp" line="200"/>
        <source>Notifications appear in your desktop&apos;s notification area.</source>
        <translation>Уведомления появляются в области уведомлений рабочего стола.</translation>
    </message>
    <message>
        <location filename="../ui/shell/appwindow.cpp" line="204"/>
        <source>This desktop has no notification service: notifications appear at the tray icon.</source>
        <translation>На этом рабочем столе нет службы уведомлений: уведомления появляются у значка в трее.</translation>
    </message>
    <message>
        <location filename="../ui/shell/appwindow.cpp" line="208"/>
        <source>This desktop shows neither notifications nor a tray icon: Cardinal asks it to flag the window instead.</source>
        <translation>Этот рабочий стол не показывает ни уведомлений, ни значка в трее: вместо этого Cardinal просит выделить своё окно.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::ChangePassphraseDialog</name>
    <message>
        <location filename="../ui/dialogs/changepassphrasedialog.cpp" line="21"/>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Сменить парольную фразу</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassphrasedialog.cpp" line="24"/>
        <location filename="../ui/dialogs/changepassphrasedialog.cpp" line="44"/>
        <source>Change passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassphrasedialog.cpp" line="27"/>
        <source>The passphrase unlocks Cardinal on this device. Changing it does not affect your other devices or your key backup.</source>
        <translation>Парольная фраза разблокирует Cardinal на этом устройстве. Её смена не затрагивает другие ваши устройства и резервную копию ключа.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassphrasedialog.cpp" line="33"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassphrasedialog.cpp" line="37"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassphrasedialog.cpp" line="42"/>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassphrasedialog.cpp" line="59"/>
        <source>New passphrase:</source>
        <translation>Новая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassphrasedialog.cpp" line="89"/>
        <source>The current passphrase is not correct.</source>
        <translation>Текущая парольная фраза неверна.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::ChatHeader</name>
    <message>
        <location filename="../ui/shell/chatheader.cpp" line="69"/>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatheader.cpp" line="72"/>
        <source>Group members</source>
        <translation>Участники группы</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatheader.cpp" line="73"/>
        <source>Group members (Ctrl+I)</source>
        <translation>Участники группы (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatheader.cpp" line="104"/>
        <source>Trust: %1. Open the safety number</source>
        <translation>Доверие: %1. Открыть код безопасности</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatheader.cpp" line="105"/>
        <source>Compare the safety number (Ctrl+I)</source>
        <translation>Сверить код безопасности (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatheader.cpp" line="114"/>
        <source>Unnamed group</source>
        <translation>Группа без названия</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatheader.cpp" line="115"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/chatheader.cpp" line="115"/>
        <source>%n members</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cardinal::ui::ChatPane</name>
    <message>
        <location filename="../ui/shell/chatpane.cpp" line="35"/>
        <source>Your conversations are end-to-end encrypted</source>
        <translation>Ваши чаты защищены сквозным шифрованием</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatpane.cpp" line="41"/>
        <source>Pick a conversation on the left, or start a new one with Ctrl+N. Only the people in a conversation can read it — not the server, not us.</source>
        <translation>Выберите чат слева или начните новый (Ctrl+N). Переписку могут читать только её участники — ни сервер, ни мы.</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatpane.cpp" line="208"/>
        <source>Messages are held until you verify or accept the new key.</source>
        <translation>Сообщения задержаны, пока вы не проверите или не примете новый ключ.</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatpane.cpp" line="225"/>
        <source>Messages are held until you verify or accept %1&apos;s new key.</source>
        <translation>Сообщения задержаны, пока вы не проверите или не примете новый ключ %1.</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatpane.cpp" line="258"/>
        <source>Message not sent</source>
        <translation>Сообщение не отправлено</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatpane.cpp" line="300"/>
        <source>Accept the new key?</source>
        <translation>Принять новый ключ?</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatpane.cpp" line="301"/>
        <source>Accept the new key of %1 without comparing safety numbers?</source>
        <translation>Принять новый ключ %1, не сравнив коды безопасности?</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatpane.cpp" line="306"/>
        <source>Do this only if you know why it changed, for example because they told you about a new phone. The held messages are then sent to the new key. Comparing the safety number first is safer.</source>
        <translation>Делайте это, только если знаете, почему ключ сменился, — например, собеседник рассказал вам о новом телефоне. Задержанные сообщения будут отправлены на новый ключ. Надёжнее сначала сравнить код безопасности.</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatpane.cpp" line="309"/>
        <source>&amp;Accept new key</source>
        <translation>&amp;Принять новый ключ</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatpane.cpp" line="317"/>
        <source>Could not accept the new key</source>
        <translation>Не удалось принять новый ключ</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::ChatWorkspace</name>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="150"/>
        <source>New chat</source>
        <translation>Новый чат</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="151"/>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="153"/>
        <source>Search conversations</source>
        <translation>Поиск по чатам</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="205"/>
        <source>New chat (Ctrl+N)</source>
        <translation>Новый чат (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="207"/>
        <source>New group (Ctrl+Shift+N)</source>
        <translation>Новая группа (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="209"/>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="155"/>
        <source>&amp;Account and devices…</source>
        <translation>&amp;Учётная запись и устройства…</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="157"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="159"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="161"/>
        <source>A&amp;bout Cardinal</source>
        <translation>&amp;О программе Cardinal</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="162"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="164"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="178"/>
        <source>About Cardinal</source>
        <translation>О программе Cardinal</translation>
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
        <translation>Мессенджер со сквозным шифрованием. Сообщения шифруются на этом компьютере для каждого устройства участников беседы; сервер передаёт их, не имея возможности прочитать.

Свободная программа под лицензией GNU General Public License версии 3 или более поздней.</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="116"/>
        <location filename="../ui/shell/chatworkspace.cpp" line="124"/>
        <source>Export evidence</source>
        <translation>Сохранение доказательств</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="118"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/shell/chatworkspace.cpp" line="125"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::CodePage</name>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="204"/>
        <source>Use an e-mail &amp;code instead</source>
        <translation>Использовать &amp;код из письма</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="218"/>
        <source>Check your e-mail</source>
        <translation>Проверьте почту</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="220"/>
        <source>Sending a code to %1…</source>
        <translation>Отправляем код на %1…</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="223"/>
        <source>No code was sent to %1. When the problem below is solved, ask for a new one.</source>
        <translation>Код на %1 не отправлен. Когда проблема ниже будет решена, запросите новый.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="229"/>
        <source>We sent a code to %1. It is valid until %2.</source>
        <extracomment>%1 is an e-mail address, %2 a time of day</extracomment>
        <translation>Мы отправили код на %1. Он действует до %2.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="232"/>
        <source>Enter the code we sent to %1.</source>
        <translation>Введите код, который мы отправили на %1.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="234"/>
        <source>&amp;Code from the e-mail</source>
        <translation>&amp;Код из письма</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="235"/>
        <source>Code from the e-mail</source>
        <translation>Код из письма</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="236"/>
        <source>&amp;Backup passphrase</source>
        <translation>&amp;Парольная фраза резервной копии</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="237"/>
        <source>Backup passphrase</source>
        <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="238"/>
        <source>The passphrase your key backup was made with on your other device.</source>
        <translation>Парольная фраза, с которой вы создали резервную копию ключа на другом устройстве.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="240"/>
        <source>Con&amp;tinue</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="214"/>
        <location filename="../ui/onboarding/codepage.cpp" line="240"/>
        <source>C&amp;onfirm</source>
        <translation>По&amp;дтвердить</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="202"/>
        <source>&amp;Invitation token</source>
        <translation>&amp;Токен приглашения</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="203"/>
        <source>Invitation token</source>
        <translation>Токен приглашения</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="205"/>
        <source>I have an &amp;invitation token</source>
        <translation>У меня есть токен &amp;приглашения</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="208"/>
        <source>Your invitation</source>
        <translation>Ваше приглашение</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="210"/>
        <source>Paste the invitation token your organisation gave you. It proves that %1 is yours, instead of an e-mail code, and works once.</source>
        <extracomment>%1 is an e-mail address</extracomment>
        <translation>Вставьте токен приглашения, который выдала ваша организация. Он вместо кода из письма подтверждает, что адрес %1 ваш, и действует один раз.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="215"/>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/onboarding/codepage.cpp" line="270"/>
        <source>Send a new code (%n s)</source>
        <translation>
            <numerusform>Отправить код ещё раз (%n с)</numerusform>
            <numerusform>Отправить код ещё раз (%n с)</numerusform>
            <numerusform>Отправить код ещё раз (%n с)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="271"/>
        <source>Send a &amp;new code</source>
        <translation>Отправить код ещё &amp;раз</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/codepage.cpp" line="272"/>
        <source>Send a new code</source>
        <translation>Отправить код ещё раз</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::Composer</name>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="29"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="30"/>
        <source>Write a message…</source>
        <translation>Напишите сообщение…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="42"/>
        <source>Send (Enter)</source>
        <translation>Отправить (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="43"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::ConnectionIndicator</name>
    <message>
        <location filename="../ui/shell/connectionindicator.cpp" line="61"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../ui/shell/connectionindicator.cpp" line="63"/>
        <source>Retry connecting</source>
        <translation>Подключиться снова</translation>
    </message>
    <message>
        <location filename="../ui/shell/connectionindicator.cpp" line="100"/>
        <source>Offline: %1</source>
        <translation>Не в сети: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/connectionindicator.cpp" line="102"/>
        <source>Connection: %1</source>
        <translation>Подключение: %1</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::ConversationListModel</name>
    <message>
        <location filename="../ui/conversation/conversationlistmodel.cpp" line="100"/>
        <source>Unnamed group</source>
        <translation>Группа без названия</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationlistmodel.cpp" line="136"/>
        <source>Group %1</source>
        <translation>Группа %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conversation/conversationlistmodel.cpp" line="138"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n непрочитанное сообщение</numerusform>
            <numerusform>%n непрочитанных сообщения</numerusform>
            <numerusform>%n непрочитанных сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationlistmodel.cpp" line="140"/>
        <source>Draft: %1</source>
        <translation>Черновик: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationlistdelegate.cpp" line="110"/>
        <source>Draft:</source>
        <translation>Черновик:</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::ConversationListPane</name>
    <message>
        <location filename="../ui/conversation/conversationlistpane.cpp" line="27"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationlistpane.cpp" line="28"/>
        <source>Search conversations</source>
        <translation>Поиск по чатам</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationlistpane.cpp" line="34"/>
        <source>Conversations</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationlistpane.cpp" line="187"/>
        <source>No conversations yet — start one with New chat</source>
        <translation>Чатов пока нет. Начните новый кнопкой «Новый чат»</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationlistpane.cpp" line="189"/>
        <source>No results for “%1”.
Search looks at names, the newest message and drafts.</source>
        <translation>Ничего не найдено по запросу «%1».
Поиск идёт по именам, последнему сообщению и черновикам.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::ConversationView</name>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="39"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="46"/>
        <location filename="../ui/conversation/conversationview.cpp" line="94"/>
        <source>Choose a conversation, or start one with New chat.</source>
        <translation>Выберите чат или начните новый кнопкой «Новый чат».</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::DesktopNotifications</name>
    <message>
        <location filename="../ui/shell/desktopnotifications.cpp" line="79"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::GroupMembersDialog</name>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="25"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="26"/>
        <source>&amp;Remove from group</source>
        <translation>&amp;Исключить из группы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="27"/>
        <source>Re&amp;name</source>
        <translation>Пере&amp;именовать</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="28"/>
        <source>&amp;Leave group…</source>
        <translation>По&amp;кинуть группу…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="31"/>
        <source>Group members</source>
        <translation>Участники группы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="34"/>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="41"/>
        <source>Group name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="47"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="49"/>
        <source>Add someone by e-mail address</source>
        <translation>Добавить участника по адресу электронной почты</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="50"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="53"/>
        <source>Add member</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="55"/>
        <source>Remove selected member</source>
        <translation>Исключить выбранного участника</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="57"/>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="59"/>
        <source>Add &amp;someone:</source>
        <translation>Добавить &amp;участника:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="67"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="102"/>
        <source>Loading members…</source>
        <translation>Загружаем список участников…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="138"/>
        <source>You are not a member of this group any more.</source>
        <translation>Вы больше не участник этой группы.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="148"/>
        <source>Members of %1</source>
        <translation>Участники: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="154"/>
        <source>%1 (you, owner)</source>
        <translation>%1 (вы, владелец)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="156"/>
        <source>%1 (owner)</source>
        <translation>%1 (владелец)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="158"/>
        <source>%1 (you)</source>
        <translation>%1 (вы)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="172"/>
        <source>Only the group&apos;s owner, %1, can add or remove members.</source>
        <translation>Добавлять и исключать участников может только владелец группы — %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="269"/>
        <source>Leave the group?</source>
        <translation>Покинуть группу?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupmembersdialog.cpp" line="270"/>
        <source>Leave %1? You will not receive its messages any more, and only its owner can add you again. Its history stays on this computer.</source>
        <translation>Покинуть «%1»? Вы больше не будете получать её сообщения, и снова добавить вас сможет только владелец. История останется на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::IdentityPage</name>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="67"/>
        <source>Desktop</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="74"/>
        <source>Your account</source>
        <translation>Ваша учётная запись</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="75"/>
        <source>We will send a code to the e-mail address of your account, to check that it is yours.</source>
        <translation>Мы отправим код на адрес электронной почты вашей учётной записи, чтобы убедиться, что она ваша.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="77"/>
        <source>&amp;Send code</source>
        <translation>&amp;Отправить код</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="78"/>
        <source>Send code</source>
        <translation>Отправить код</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="80"/>
        <source>About you</source>
        <translation>О вас</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="81"/>
        <source>Your contacts find you by your e-mail address; we send a code there to check that it is yours.</source>
        <translation>Контакты найдут вас по адресу электронной почты; мы отправим на него код, чтобы убедиться, что адрес ваш.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="83"/>
        <source>&amp;Continue</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="84"/>
        <source>Continue</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="86"/>
        <source>&amp;E-mail address</source>
        <translation>&amp;Адрес электронной почты</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="87"/>
        <source>E-mail address</source>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="88"/>
        <source>&amp;Name of this computer</source>
        <translation>&amp;Имя этого компьютера</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="89"/>
        <source>Name of this computer</source>
        <translation>Имя этого компьютера</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="90"/>
        <source>Shown to your contacts next to this device, e.g. &quot;Laptop&quot;.</source>
        <translation>Контакты увидят его рядом с этим устройством, например «Ноутбук».</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="91"/>
        <source>I have an &amp;invitation token from my organisation</source>
        <translation>У меня есть токен &amp;приглашения от моей организации</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="92"/>
        <source>Your organisation may give you a token instead of an e-mail code: it proves the address is yours.</source>
        <translation>Организация может выдать вам токен вместо кода из письма: он подтверждает, что адрес ваш.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="107"/>
        <source>That does not look like an e-mail address (%1).</source>
        <extracomment>%1 explains what is wrong with the address, in English</extracomment>
        <translation>Это не похоже на адрес электронной почты (%1).</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/identitypage.cpp" line="112"/>
        <source>Please choose a shorter name for this computer.</source>
        <translation>Выберите для этого компьютера имя покороче.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::InlineError</name>
    <message>
        <location filename="../ui/kit/inlineerror.cpp" line="46"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::KeyBackupDialog</name>
    <message>
        <location filename="../ui/dialogs/keybackupdialog.cpp" line="19"/>
        <source>&amp;Back up</source>
        <translation>&amp;Создать копию</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keybackupdialog.cpp" line="22"/>
        <source>Back up your key</source>
        <translation>Резервная копия ключа</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keybackupdialog.cpp" line="25"/>
        <source>Your identity key is what makes you you on Cardinal. A backup lets you restore it on a new device, with the same address and the same safety numbers, if this one is lost.

The backup is locked with the passphrase you choose here before it leaves this device: the server cannot open it. Keep the passphrase somewhere safe; without it the backup is useless.</source>
        <translation>Ключ идентификации — это то, что делает вас вами в Cardinal. Если это устройство потеряется, резервная копия позволит восстановить ключ на новом — с тем же адресом и теми же кодами безопасности.

Прежде чем покинуть это устройство, копия шифруется парольной фразой, которую вы зададите здесь: сервер не может её открыть. Храните парольную фразу в надёжном месте — без неё копия бесполезна.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keybackupdialog.cpp" line="36"/>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keybackupdialog.cpp" line="38"/>
        <source>Back up</source>
        <translation>Создать копию</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::KeyChangeBanner</name>
    <message>
        <location filename="../ui/shell/keychangebanner.cpp" line="19"/>
        <source>&amp;Verify…</source>
        <translation>Про&amp;верить…</translation>
    </message>
    <message>
        <location filename="../ui/shell/keychangebanner.cpp" line="20"/>
        <source>&amp;Accept new key</source>
        <translation>&amp;Принять новый ключ</translation>
    </message>
    <message>
        <location filename="../ui/shell/keychangebanner.cpp" line="23"/>
        <source>Key change warning</source>
        <translation>Предупреждение о смене ключа</translation>
    </message>
    <message>
        <location filename="../ui/shell/keychangebanner.cpp" line="37"/>
        <source>Accept the new key and send held messages</source>
        <translation>Принять новый ключ и отправить задержанные сообщения</translation>
    </message>
    <message>
        <location filename="../ui/shell/keychangebanner.cpp" line="62"/>
        <source>The safety number with %1 has changed. Usually this means they reinstalled Cardinal or set up a new device; it can also mean someone is trying to read your messages. Messages to %1 are held until you verify the new safety number or accept the new key.</source>
        <translation>Код безопасности с %1 изменился. Обычно это значит, что собеседник переустановил Cardinal или настроил новое устройство, но так бывает и когда кто-то пытается читать ваши сообщения. Сообщения для %1 задержаны, пока вы не проверите новый код безопасности или не примете новый ключ.</translation>
    </message>
    <message>
        <location filename="../ui/shell/keychangebanner.cpp" line="72"/>
        <source>%1 revoked their key. Nothing can be sent to them until they publish a new one.</source>
        <translation>Ключ %1 отозван. Отправлять сообщения нельзя, пока не будет опубликован новый ключ.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::KeyHistoryDialog</name>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="20"/>
        <source>Card published</source>
        <translation>Опубликована карточка</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="22"/>
        <source>Device added</source>
        <translation>Добавлено устройство</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="24"/>
        <source>Device removed</source>
        <translation>Удалено устройство</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="26"/>
        <source>Card revoked</source>
        <translation>Карточка отозвана</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="46"/>
        <source>Key history of %1</source>
        <translation>История ключей %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="50"/>
        <source>Reading the key-transparency log…</source>
        <translation>Чтение журнала прозрачности ключей…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="53"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="53"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="53"/>
        <source>Identity key</source>
        <translation>Ключ личности</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="53"/>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="70"/>
        <source>The history cannot be shown: %1</source>
        <translation>Не удалось показать историю: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="74"/>
        <source>Every change the server&apos;s log holds for this address, checked against the log. A key the person never had means someone else published one for them.</source>
        <translation>Все изменения этого адреса, которые есть в журнале сервера, проверенные по журналу. Ключ, которого у человека никогда не было, значит, что кто-то другой опубликовал его за него.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keyhistorydialog.cpp" line="82"/>
        <source>no card</source>
        <translation>нет карточки</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::LookupWording</name>
    <message>
        <location filename="../ui/dialogs/lookupwording.cpp" line="12"/>
        <source>Nobody uses Cardinal with %1 yet.</source>
        <translation>С адресом %1 пока никто не пользуется Cardinal.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/lookupwording.cpp" line="14"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::MessageDelegate</name>
    <message>
        <location filename="../ui/conversation/messagedelegate.cpp" line="213"/>
        <location filename="../ui/conversation/messagedelegate.cpp" line="364"/>
        <source>Read more</source>
        <translation>Читать дальше</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::MessageListView</name>
    <message>
        <location filename="../ui/conversation/messagelistview.cpp" line="93"/>
        <source>&amp;Copy text</source>
        <translation>&amp;Копировать текст</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::MessageModel</name>
    <message>
        <location filename="../ui/conversation/messagemodel.cpp" line="157"/>
        <source>It reached this device but could not be opened, so nobody can read it here. It may have been damaged on the way or sent to an old key; ask the sender to send it again.</source>
        <translation>Сообщение дошло до этого устройства, но открыть его не удалось, поэтому прочитать его здесь нельзя. Возможно, оно повредилось в пути или было зашифровано для старого ключа; попросите отправителя прислать его ещё раз.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagemodel.cpp" line="267"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagemodel.cpp" line="268"/>
        <source>Notice</source>
        <translation>Уведомление</translation>
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
        <translation>Не удалось расшифровать сообщение: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagemodel.cpp" line="284"/>
        <source>no reason given</source>
        <translation>причина неизвестна</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagemodel.cpp" line="325"/>
        <source>Held: %1</source>
        <translation>Задержано: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/messagemodel.cpp" line="328"/>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::NewChatDialog</name>
    <message>
        <location filename="../ui/dialogs/newchatdialog.cpp" line="20"/>
        <source>&amp;Start chat</source>
        <translation>&amp;Начать чат</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newchatdialog.cpp" line="23"/>
        <source>New chat</source>
        <translation>Новый чат</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newchatdialog.cpp" line="26"/>
        <source>Who do you want to write to? Enter their &amp;e-mail address.</source>
        <translation>Кому вы хотите написать? Введите &amp;адрес электронной почты собеседника.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newchatdialog.cpp" line="31"/>
        <source>E-mail address</source>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newchatdialog.cpp" line="32"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newchatdialog.cpp" line="37"/>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newchatdialog.cpp" line="40"/>
        <source>Looking up</source>
        <translation>Идёт поиск</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newchatdialog.cpp" line="47"/>
        <source>Start chat</source>
        <translation>Начать чат</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::NewGroupDialog</name>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="23"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="24"/>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="27"/>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="30"/>
        <source>Group name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="31"/>
        <source>e.g. Book club</source>
        <translation>например, Книжный клуб</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="33"/>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="36"/>
        <source>Add someone by e-mail address</source>
        <translation>Добавить участника по адресу электронной почты</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="37"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="40"/>
        <source>Add member</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="42"/>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="44"/>
        <source>Create group</source>
        <translation>Создать группу</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="47"/>
        <source>Group &amp;name:</source>
        <translation>&amp;Название группы:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="49"/>
        <source>&amp;Members:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newgroupdialog.cpp" line="51"/>
        <source>Add &amp;someone else:</source>
        <translation>Добавить &amp;ещё:</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::OnboardingCard</name>
    <message>
        <location filename="../ui/onboarding/onboardingcard.cpp" line="197"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/onboardingcard.cpp" line="198"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::OnboardingFlow</name>
    <message>
        <location filename="../ui/onboarding/onboardingflow.cpp" line="246"/>
        <source>Creating your keys…</source>
        <translation>Создание ключей…</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/onboardingflow.cpp" line="322"/>
        <source>The server refused this invitation token (%1). Ask your organisation for a new one, or use an e-mail code.</source>
        <extracomment>%1 is the server&apos;s reason, in English</extracomment>
        <translation>Сервер отклонил этот токен приглашения (%1). Попросите у организации новый или используйте код из письма.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/onboardingflow.cpp" line="358"/>
        <source>Restoring your keys…</source>
        <translation>Восстановление ключей…</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/onboardingflow.cpp" line="372"/>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/onboardingflow.cpp" line="125"/>
        <source>Checking %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/onboardingflow.cpp" line="400"/>
        <source>The backup passphrase is not correct. Check it, ask for a new code, and try again.</source>
        <translation>Парольная фраза резервной копии неверна. Проверьте её, запросите новый код и попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::PassphraseFields</name>
    <message numerus="yes">
        <location filename="../ui/kit/passphrasefields.cpp" line="146"/>
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Слишком коротко: минимум %n символ.</numerusform>
            <numerusform>Слишком коротко: минимум %n символа.</numerusform>
            <numerusform>Слишком коротко: минимум %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/kit/passphrasefields.cpp" line="149"/>
        <source>Weak: longer is better, a few unrelated words work well.</source>
        <translation>Слабая: чем длиннее, тем лучше; хорошо подходят несколько не связанных слов.</translation>
    </message>
    <message>
        <location filename="../ui/kit/passphrasefields.cpp" line="151"/>
        <source>Fair: a few more characters would help.</source>
        <translation>Средняя: добавьте ещё несколько символов.</translation>
    </message>
    <message>
        <location filename="../ui/kit/passphrasefields.cpp" line="153"/>
        <source>Good.</source>
        <translation>Хорошая.</translation>
    </message>
    <message>
        <location filename="../ui/kit/passphrasefields.cpp" line="155"/>
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
    <message>
        <location filename="../ui/kit/passphrasefields.cpp" line="176"/>
        <source>The two passphrases do not match yet.</source>
        <translation>Парольные фразы пока не совпадают.</translation>
    </message>
    <message>
        <location filename="../ui/kit/passphrasefields.cpp" line="183"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольная фраза</translation>
    </message>
    <message>
        <location filename="../ui/kit/passphrasefields.cpp" line="184"/>
        <source>&amp;Repeat it</source>
        <translation>По&amp;вторите её</translation>
    </message>
    <message>
        <location filename="../ui/kit/passphrasefields.cpp" line="185"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../ui/kit/passphrasefields.cpp" line="186"/>
        <source>Repeat passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location filename="../ui/kit/passphrasefields.cpp" line="187"/>
        <location filename="../ui/kit/passphrasefields.cpp" line="188"/>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <location filename="../ui/kit/passphrasefields.cpp" line="189"/>
        <source>Passphrase mismatch</source>
        <translation>Парольные фразы не совпадают</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::PassphrasePage</name>
    <message>
        <location filename="../ui/onboarding/passphrasepage.cpp" line="45"/>
        <source>Protect this computer</source>
        <translation>Защитите этот компьютер</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/passphrasepage.cpp" line="45"/>
        <source>Choose a passphrase</source>
        <translation>Придумайте парольную фразу</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/passphrasepage.cpp" line="47"/>
        <source>It encrypts your keys and your message history on this computer. Nobody can recover it for you: without it, what is stored here cannot be opened.</source>
        <translation>Она шифрует ваши ключи и историю сообщений на этом компьютере. Восстановить её за вас никто не сможет: без неё сохранённые здесь данные не открыть.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/passphrasepage.cpp" line="49"/>
        <source>&amp;Continue</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/passphrasepage.cpp" line="50"/>
        <source>Continue</source>
        <translation>Далее</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::ServerPage</name>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="69"/>
        <source>Enter an address that starts with ws:// or wss://, such as wss://chat.example.org:7447.</source>
        <translation>Введите адрес, который начинается с ws:// или wss://, например wss://chat.example.org:7447.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="86"/>
        <source>The server key is the 64 hexadecimal digits that &apos;cardinal-server init&apos; printed after &quot;authority key:&quot;.</source>
        <translation>Ключ сервера — это 64 шестнадцатеричные цифры, которые команда «cardinal-server init» вывела после «authority key:».</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="93"/>
        <source>Choose your server</source>
        <translation>Выберите сервер</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="94"/>
        <source>Your messages travel through this server, encrypted: it passes them on but cannot read them.</source>
        <translation>Ваши сообщения проходят через этот сервер в зашифрованном виде: он передаёт их дальше, но прочитать не может.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="96"/>
        <source>Server &amp;address</source>
        <translation>&amp;Адрес сервера</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="97"/>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="98"/>
        <source>A&amp;dvanced</source>
        <translation>Д&amp;ополнительно</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="99"/>
        <source>Advanced server settings</source>
        <translation>Дополнительные настройки сервера</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="100"/>
        <source>Server &amp;key (optional)</source>
        <translation>&amp;Ключ сервера (необязательно)</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="101"/>
        <source>Server key</source>
        <translation>Ключ сервера</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="102"/>
        <source>If the server&apos;s operator gave you its key, paste it here: then no other server can pretend to be this one.</source>
        <translation>Если администратор сервера дал вам его ключ, вставьте его сюда: тогда никакой другой сервер не сможет выдать себя за этот.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="104"/>
        <source>&amp;Continue</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/serverpage.cpp" line="105"/>
        <source>Continue</source>
        <translation>Далее</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="198"/>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="208"/>
        <source>Show a &amp;notification for new messages</source>
        <translation>&amp;Уведомлять о новых сообщениях</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="210"/>
        <source>Show the message &amp;text in notifications</source>
        <translation>Показывать &amp;текст сообщения в уведомлениях</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="194"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="195"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="196"/>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="197"/>
        <source>wss://chat.example.org</source>
        <translation>wss://chat.example.org</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="199"/>
        <source>Use this server</source>
        <translation>Использовать этот сервер</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="203"/>
        <source>This profile is registered with this server. Moving to another server is not supported: it would mean registering again.</source>
        <translation>Этот профиль зарегистрирован на этом сервере. Перейти на другой сервер нельзя: для этого пришлось бы зарегистрироваться заново.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="205"/>
        <source>The server relays your encrypted messages. It cannot read them.</source>
        <translation>Сервер пересылает ваши зашифрованные сообщения, но прочитать их не может.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="207"/>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="209"/>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="211"/>
        <source>Message text in notifications</source>
        <translation>Текст сообщения в уведомлениях</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="212"/>
        <source>Off, notifications only say who wrote: handy when others can see your screen.</source>
        <translation>Если выключено, уведомление говорит только, кто написал: удобно, когда ваш экран видят другие.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="217"/>
        <source>Lock after minutes of inactivity</source>
        <translation>Автоблокировка после бездействия (минуты)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="218"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="219"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="221"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="222"/>
        <source>System default</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="215"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="216"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Блокировать через:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="220"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="223"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="224"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="225"/>
        <source>As the desktop</source>
        <translation>Как у рабочего стола</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="226"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="227"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="228"/>
        <source>&amp;Closing the window keeps Cardinal running in the tray</source>
        <translation>&amp;Закрытие окна оставляет Cardinal работать в трее</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="229"/>
        <source>Then messages keep arriving and notifications keep coming; Quit in the menu ends Cardinal.</source>
        <translation>Тогда сообщения и уведомления продолжают приходить; пункт «Выйти» в меню завершает Cardinal.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="231"/>
        <source>Start Cardinal when I &amp;log in</source>
        <translation>Запускать Cardinal при &amp;входе в систему</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="232"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="241"/>
        <source>That is not a server address; it looks like wss://chat.example.org.</source>
        <translation>Это не адрес сервера; он должен выглядеть так: wss://chat.example.org.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="245"/>
        <source>Cardinal will use %1.</source>
        <translation>Cardinal будет использовать %1.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="25"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="37"/>
        <source>Contact or group info</source>
        <translation>Сведения о контакте или группе</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="38"/>
        <source>Send the message</source>
        <translation>Отправить сообщение</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="39"/>
        <source>New line in a message</source>
        <translation>Новая строка в сообщении</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="40"/>
        <source>Copy the selected message</source>
        <translation>Копировать выбранное сообщение</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="42"/>
        <source>From the search box into the list</source>
        <translation>Из поля поиска в список</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="43"/>
        <source>Open the conversation and write in it</source>
        <translation>Открыть беседу и писать в ней</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="44"/>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="48"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="48"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::TransparencyAlertBanner</name>
    <message>
        <location filename="../ui/shell/transparencyalertbanner.cpp" line="33"/>
        <source>&amp;Export evidence…</source>
        <translation>&amp;Сохранить доказательства…</translation>
    </message>
    <message>
        <location filename="../ui/shell/transparencyalertbanner.cpp" line="34"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../ui/shell/transparencyalertbanner.cpp" line="37"/>
        <source>Key transparency alert</source>
        <translation>Тревога прозрачности ключей</translation>
    </message>
    <message>
        <location filename="../ui/shell/transparencyalertbanner.cpp" line="98"/>
        <source>A key you did not create was published for your address on %1.</source>
        <translation>Ключ, который вы не создавали, был опубликован для вашего адреса %1.</translation>
    </message>
    <message>
        <location filename="../ui/shell/transparencyalertbanner.cpp" line="101"/>
        <source>Someone, possibly the server&apos;s operator, can now receive messages sent to %1. Tell your contacts through another channel, compare safety numbers with them again, and keep the evidence: it is signed by the server.</source>
        <translation>Кто-то, возможно оператор сервера, теперь может получать сообщения, отправленные на %1. Сообщите контактам по другому каналу, сверьте с ними коды безопасности заново и сохраните доказательства: они подписаны сервером.</translation>
    </message>
    <message>
        <location filename="../ui/shell/transparencyalertbanner.cpp" line="107"/>
        <source>The server %1 shows %2 a different key directory than it shows you (%3).</source>
        <translation>Сервер %1 показывает %2 другой каталог ключей, чем вам (%3).</translation>
    </message>
    <message>
        <location filename="../ui/shell/transparencyalertbanner.cpp" line="110"/>
        <source>Whoever controls the server may be reading messages between you and %1, or between either of you and others. Compare safety numbers with %1 in person or by phone, and keep the evidence: both directories are signed by the server.</source>
        <translation>Тот, кто управляет сервером, может читать сообщения между вами и %1 или между любым из вас и другими людьми. Сверьте коды безопасности с %1 лично или по телефону и сохраните доказательства: оба каталога подписаны сервером.</translation>
    </message>
    <message>
        <location filename="../ui/shell/transparencyalertbanner.cpp" line="116"/>
        <source>The server %1 showed a key directory that contradicts what it showed before (%2).</source>
        <translation>Сервер %1 показал каталог ключей, который противоречит показанному ранее (%2).</translation>
    </message>
    <message>
        <location filename="../ui/shell/transparencyalertbanner.cpp" line="119"/>
        <source>It may be showing different keys to different people. Compare safety numbers with your contacts before you trust new keys, and keep the evidence: it is signed by the server.</source>
        <translation>Возможно, он показывает разным людям разные ключи. Сверьте коды безопасности с контактами, прежде чем доверять новым ключам, и сохраните доказательства: они подписаны сервером.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/transparencyalertbanner.cpp" line="125"/>
        <source>%n alert(s) in all.</source>
        <translation>
            <numerusform>Всего %n тревога.</numerusform>
            <numerusform>Всего %n тревоги.</numerusform>
            <numerusform>Всего %n тревог.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cardinal::ui::TrayNotifier</name>
    <message>
        <location filename="../ui/shell/traynotifier.cpp" line="103"/>
        <source>Show Cardinal</source>
        <translation>Показать Cardinal</translation>
    </message>
    <message>
        <location filename="../ui/shell/traynotifier.cpp" line="104"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../ui/shell/traynotifier.cpp" line="106"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/traynotifier.cpp" line="134"/>
        <source>Cardinal — %n unread messages</source>
        <translation>
            <numerusform>Cardinal — %n непрочитанное сообщение</numerusform>
            <numerusform>Cardinal — %n непрочитанных сообщения</numerusform>
            <numerusform>Cardinal — %n непрочитанных сообщений</numerusform>
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
        <translation>Новое сообщение от %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/traynotifier.cpp" line="156"/>
        <source>A message arrived that could not be decrypted.</source>
        <translation>Пришло сообщение, которое не удалось расшифровать.</translation>
    </message>
    <message>
        <location filename="../ui/shell/traynotifier.cpp" line="160"/>
        <source>Open Cardinal to read it.</source>
        <translation>Откройте Cardinal, чтобы прочитать его.</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::UnlockScreen</name>
    <message>
        <location filename="../ui/onboarding/unlockscreen.cpp" line="76"/>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/unlockscreen.cpp" line="87"/>
        <source>That passphrase is not correct. Please try again.</source>
        <translation>Неверная парольная фраза. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/unlockscreen.cpp" line="99"/>
        <source>Unlock Cardinal</source>
        <translation>Разблокировка Cardinal</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/unlockscreen.cpp" line="102"/>
        <source>Enter the passphrase of %1 to open your messages on this computer.</source>
        <translation>Введите парольную фразу %1, чтобы открыть сообщения на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/unlockscreen.cpp" line="104"/>
        <source>Enter your passphrase to open your messages on this computer.</source>
        <translation>Введите парольную фразу, чтобы открыть сообщения на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/unlockscreen.cpp" line="106"/>
        <source>While Cardinal is locked it receives nothing: new messages wait on the server until you unlock.</source>
        <translation>Пока Cardinal заблокирован, он ничего не получает: новые сообщения ждут на сервере, пока вы не разблокируете его.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/unlockscreen.cpp" line="108"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольная фраза</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/unlockscreen.cpp" line="109"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/unlockscreen.cpp" line="110"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/unlockscreen.cpp" line="111"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::VerifyDialog</name>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="54"/>
        <source>C&amp;opy digits</source>
        <translation>&amp;Копировать цифры</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="55"/>
        <source>&amp;Mark as verified</source>
        <translation>&amp;Отметить как проверенный</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="56"/>
        <source>C&amp;lear verification</source>
        <translation>&amp;Снять отметку</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="59"/>
        <source>Verify %1</source>
        <translation>Проверка: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="73"/>
        <source>Trust state</source>
        <translation>Состояние доверия</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="74"/>
        <source>What the trust state means</source>
        <translation>Что означает состояние доверия</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="75"/>
        <source>Safety number</source>
        <translation>Код безопасности</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="76"/>
        <source>Safety number as a QR code</source>
        <translation>Код безопасности в виде QR-кода</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="77"/>
        <source>Copy digits</source>
        <translation>Копировать цифры</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="78"/>
        <source>Mark as verified</source>
        <translation>Отметить как проверенный</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="79"/>
        <source>Clear verification</source>
        <translation>Снять отметку о проверке</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="87"/>
        <source>Meet or call %1. Compare these numbers with the ones on their screen, or scan their code. If they match, nobody is in the middle.</source>
        <translation>Встретьтесь или созвонитесь с %1. Сравните эти цифры с цифрами на экране собеседника или отсканируйте его код. Если они совпадают, посредника между вами нет.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="91"/>
        <source>%1 has a new key. Marking as verified accepts the new key, and messages held for them are sent.</source>
        <translation>У %1 новый ключ. Отметка «проверен» принимает новый ключ, и задержанные сообщения будут отправлены.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="174"/>
        <source>%1 is not among your contacts yet.</source>
        <translation>%1 пока нет среди ваших контактов.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="123"/>
        <source>Key &amp;history…</source>
        <translation>&amp;История ключей…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verifydialog.cpp" line="125"/>
        <source>Every key the server&apos;s public log holds for %1</source>
        <translation>Все ключи %1 из открытого журнала сервера</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::WelcomePage</name>
    <message>
        <location filename="../ui/onboarding/welcomepage.cpp" line="20"/>
        <source>Welcome to Cardinal</source>
        <translation>Добро пожаловать в Cardinal</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/welcomepage.cpp" line="21"/>
        <source>Private conversations, encrypted on your own devices before they leave them.</source>
        <translation>Личная переписка, которая шифруется на ваших устройствах ещё до того, как покинет их.</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/welcomepage.cpp" line="23"/>
        <source>&amp;Create a new account</source>
        <translation>&amp;Создать учётную запись</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/welcomepage.cpp" line="24"/>
        <source>Create a new account</source>
        <translation>Создать учётную запись</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/welcomepage.cpp" line="25"/>
        <source>I &amp;already use Cardinal</source>
        <translation>Я &amp;уже пользуюсь Cardinal</translation>
    </message>
    <message>
        <location filename="../ui/onboarding/welcomepage.cpp" line="26"/>
        <source>I already use Cardinal</source>
        <translation>Я уже пользуюсь Cardinal</translation>
    </message>
</context>
<context>
    <name>cardinal::ui::Wording</name>
    <message>
        <location filename="../ui/kit/wording.cpp" line="321"/>
        <source>Not sent to %1</source>
        <extracomment>Shown under a sent group message; %1 lists addresses, each with why in English</extracomment>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="17"/>
        <source>That input is not valid.</source>
        <translation>Введены недопустимые данные.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="18"/>
        <source>Received data that does not make sense.</source>
        <translation>Получены некорректные данные.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="19"/>
        <source>That is too large.</source>
        <translation>Слишком большой размер.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="20"/>
        <source>This needs a newer version of Cardinal.</source>
        <translation>Для этого нужна более новая версия Cardinal.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="21"/>
        <source>A signature did not check out.</source>
        <translation>Подпись не прошла проверку.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="22"/>
        <source>The data could not be decrypted.</source>
        <translation>Не удалось расшифровать данные.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="23"/>
        <source>The message was not encrypted for this device.</source>
        <translation>Сообщение зашифровано не для этого устройства.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="24"/>
        <source>The sender is not known.</source>
        <translation>Отправитель неизвестен.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="25"/>
        <source>A key was refused as unsafe.</source>
        <translation>Ключ отклонён как небезопасный.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="26"/>
        <source>That passphrase is not correct.</source>
        <translation>Неверная парольная фраза.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="27"/>
        <source>A file of this profile is damaged.</source>
        <translation>Файл этого профиля повреждён.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="28"/>
        <source>A file could not be read or written.</source>
        <translation>Не удалось прочитать или записать файл.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="29"/>
        <source>The encryption library failed.</source>
        <translation>Сбой библиотеки шифрования.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="30"/>
        <source>That is not allowed.</source>
        <translation>Это не разрешено.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="31"/>
        <source>Not found.</source>
        <translation>Не найдено.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="32"/>
        <source>That exists already.</source>
        <translation>Это уже существует.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="33"/>
        <source>Too many attempts; please wait a moment.</source>
        <translation>Слишком много попыток; подождите немного.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="34"/>
        <source>A limit has been reached.</source>
        <translation>Достигнуто ограничение.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="35"/>
        <source>That code is not correct.</source>
        <translation>Неверный код.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="36"/>
        <source>The code has expired; ask for a new one.</source>
        <translation>Срок действия кода истёк; запросите новый.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="37"/>
        <source>The server refused the confirmation.</source>
        <translation>Сервер отклонил подтверждение.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="38"/>
        <source>The server does not answer.</source>
        <translation>Сервер не отвечает.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="39"/>
        <source>The server refused the connection.</source>
        <translation>Сервер отклонил соединение.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="40"/>
        <source>There is no server with that name.</source>
        <translation>Сервера с таким именем нет.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="41"/>
        <source>That address is not a Cardinal server.</source>
        <translation>По этому адресу нет сервера Cardinal.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="42"/>
        <source>The secure connection to the server failed.</source>
        <translation>Не удалось установить защищённое соединение с сервером.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="43"/>
        <source>The server could not do that just now. Please try again later.</source>
        <translation>Сервер сейчас не смог это выполнить. Попробуйте позже.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="44"/>
        <source>The message was not sent.</source>
        <translation>Сообщение не отправлено.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="45"/>
        <source>The server&apos;s key directory failed a check of its public log.</source>
        <translation>Каталог ключей сервера не прошёл проверку по своему публичному журналу.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="47"/>
        <source>Something went wrong.</source>
        <translation>Что-то пошло не так.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/kit/wording.cpp" line="76"/>
        <source>That code is not correct: %n attempts left.</source>
        <translation>
            <numerusform>Код неверный: осталась %n попытка.</numerusform>
            <numerusform>Код неверный: осталось %n попытки.</numerusform>
            <numerusform>Код неверный: осталось %n попыток.</numerusform>
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
        <translation>Сервер %1 не отвечает. Проверьте адрес и подключение к сети.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="107"/>
        <source>The server at %1 refused the connection: nothing is listening there. Check the address and port, or whether the server is running.</source>
        <extracomment>%1 is a server address</extracomment>
        <translation>Сервер %1 отклонил соединение: по этому адресу ничего не запущено. Проверьте адрес и порт или работает ли сервер.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="112"/>
        <source>There is no server called %1. Check the address for typing mistakes.</source>
        <extracomment>%1 is a server address</extracomment>
        <translation>Сервера с именем %1 не существует. Проверьте, нет ли в адресе опечатки.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="116"/>
        <source>%1 answers, but it is not a Cardinal server. Check the address and port.</source>
        <extracomment>%1 is a server address</extracomment>
        <translation>%1 отвечает, но это не сервер Cardinal. Проверьте адрес и порт.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="120"/>
        <source>The server at %1 is not the one whose key you entered: its key is different. Check the key with the server&apos;s operator.</source>
        <extracomment>%1 is a server address</extracomment>
        <translation>Сервер %1 — не тот, чей ключ вы ввели: у него другой ключ. Уточните ключ у администратора сервера.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="125"/>
        <source>A secure connection to %1 could not be made (%2). If the server uses a certificate of its own, this computer has to trust it first.</source>
        <extracomment>%1 is a server address, %2 the system&apos;s reason in English</extracomment>
        <translation>Не удалось установить защищённое соединение с %1 (%2). Если у сервера собственный сертификат, этот компьютер должен сначала ему доверять.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="136"/>
        <source>Unverified</source>
        <translation>Не проверен</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="137"/>
        <source>Verified</source>
        <translation>Проверен</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="138"/>
        <source>Key changed</source>
        <translation>Ключ изменился</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="139"/>
        <source>Revoked</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="148"/>
        <source>Messages are encrypted, but you have not yet compared safety numbers with this contact.</source>
        <translation>Сообщения зашифрованы, но вы ещё не сверили код безопасности с этим контактом.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="151"/>
        <source>You compared safety numbers: only this contact&apos;s devices can read your messages.</source>
        <translation>Код безопасности сверен: ваши сообщения читают только устройства этого контакта.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="154"/>
        <source>This contact&apos;s key changed. Messages wait until you verify or accept the new key.</source>
        <translation>Ключ контакта изменился. Сообщения ждут, пока вы не проверите или не примете его.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="157"/>
        <source>This contact&apos;s key was revoked. Nothing is encrypted to it any more.</source>
        <translation>Ключ этого контакта отозван. Для него больше ничего не шифруется.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="165"/>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="167"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="168"/>
        <source>Offline</source>
        <translation>Не в сети</translation>
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
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="230"/>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="237"/>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="239"/>
        <source>Held: a recipient&apos;s key changed; verify or accept it to send</source>
        <translation>Задержано: ключ получателя изменился; проверьте или примите его, чтобы отправить</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="240"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="241"/>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="242"/>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="243"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="244"/>
        <source>Could not decrypt</source>
        <translation>Не удалось расшифровать</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="261"/>
        <source>no reason given</source>
        <translation>причина неизвестна</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="264"/>
        <source>it was not encrypted for this device</source>
        <extracomment>Follows &quot;Could not decrypt this message:&quot;</extracomment>
        <translation>оно не было зашифровано для этого устройства</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="267"/>
        <source>it was damaged on the way or altered</source>
        <extracomment>Follows &quot;Could not decrypt this message:&quot;</extracomment>
        <translation>оно было повреждено в пути или изменено</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="270"/>
        <source>it is not a message Cardinal can read</source>
        <extracomment>Follows &quot;Could not decrypt this message:&quot;</extracomment>
        <translation>это не сообщение, которое Cardinal может прочитать</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="273"/>
        <source>it needs a newer version of Cardinal</source>
        <extracomment>Follows &quot;Could not decrypt this message:&quot;</extracomment>
        <translation>для него нужна более новая версия Cardinal</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="276"/>
        <source>the server says it is from %1, but the sender&apos;s card belongs to %2</source>
        <extracomment>Follows &quot;Could not decrypt this message:&quot;; %1 and %2 are addresses</extracomment>
        <translation>сервер утверждает, что оно от %1, но карточка отправителя принадлежит %2</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="280"/>
        <source>it was sent from a device that is not on the sender&apos;s card</source>
        <extracomment>Follows &quot;Could not decrypt this message:&quot;</extracomment>
        <translation>оно отправлено с устройства, которого нет в карточке отправителя</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="283"/>
        <source>the sender&apos;s signature does not match</source>
        <extracomment>Follows &quot;Could not decrypt this message:&quot;</extracomment>
        <translation>подпись отправителя не совпадает</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="286"/>
        <source>the server delivered it to the wrong conversation</source>
        <extracomment>Follows &quot;Could not decrypt this message:&quot;</extracomment>
        <translation>сервер доставил его не в тот разговор</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="289"/>
        <source>the sender&apos;s card could not be checked</source>
        <extracomment>Follows &quot;Could not decrypt this message:&quot;</extracomment>
        <translation>не удалось проверить карточку отправителя</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="292"/>
        <source>the key of %1 changed; verify it or accept the new key to send</source>
        <extracomment>Follows &quot;Held:&quot;; %1 is one or more addresses</extracomment>
        <translation>ключ %1 изменился; проверьте или примите новый ключ, чтобы отправить</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="296"/>
        <source>no recipient has a device to send to</source>
        <extracomment>Follows &quot;Not sent:&quot;</extracomment>
        <translation>ни у одного получателя нет устройства, на которое можно отправить</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="299"/>
        <source>it could not be encrypted</source>
        <extracomment>Follows &quot;Not sent:&quot;</extracomment>
        <translation>его не удалось зашифровать</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="302"/>
        <source>the server refused it</source>
        <extracomment>Follows &quot;Not sent:&quot;</extracomment>
        <translation>сервер его отклонил</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="305"/>
        <source>you are not a member of this group</source>
        <extracomment>Follows &quot;Not sent:&quot;</extracomment>
        <translation>вы не участник этой группы</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="308"/>
        <source>%1 has no card on this server</source>
        <extracomment>Follows &quot;Not sent:&quot;; %1 is an address</extracomment>
        <translation>у %1 нет карточки на этом сервере</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="311"/>
        <source>%1 revoked their card</source>
        <extracomment>Follows &quot;Not sent:&quot;; %1 is an address</extracomment>
        <translation>%1 отозвал(а) свою карточку</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="314"/>
        <source>the card of %1 does not check out</source>
        <extracomment>Follows &quot;Not sent:&quot;; %1 is an address</extracomment>
        <translation>карточка %1 не прошла проверку</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="332"/>
        <source>The safety number with %1 changed. Messages to them are held until you verify the new number or accept the new key.</source>
        <extracomment>A line in a conversation; %1 is the contact&apos;s address</extracomment>
        <translation>Код безопасности с %1 изменился. Сообщения для этого контакта задержаны, пока вы не проверите новый код или не примете новый ключ.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="337"/>
        <source>The safety number with %1 changed. Compare it with them to make sure it is really them.</source>
        <extracomment>A line in a conversation; %1 is the contact&apos;s address</extracomment>
        <translation>Код безопасности с %1 изменился. Сверьте его с собеседником, чтобы убедиться, что это действительно он.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="342"/>
        <source>%1 revoked their key; nothing more is sent to it.</source>
        <extracomment>A line in a conversation; %1 is the contact&apos;s address</extracomment>
        <translation>Ключ %1 отозван; на него больше ничего не отправляется.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="345"/>
        <source>You accepted the new key of %1.</source>
        <extracomment>A line in a conversation; %1 is the contact&apos;s address</extracomment>
        <translation>Вы приняли новый ключ %1.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="348"/>
        <source>You marked %1 as verified.</source>
        <extracomment>A line in a conversation; %1 is the contact&apos;s address</extracomment>
        <translation>Вы отметили %1 как проверенного.</translation>
    </message>
    <message>
        <location filename="../ui/kit/wording.cpp" line="351"/>
        <source>You cleared the verification of %1.</source>
        <extracomment>A line in a conversation; %1 is the contact&apos;s address</extracomment>
        <translation>Вы сняли отметку о проверке %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="40"/>
        <source>Cardinal, the end-to-end encrypted messenger.</source>
        <translation>Cardinal — мессенджер со сквозным шифрованием.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="47"/>
        <source>Use profile NAME (or a directory path); default: %1.</source>
        <translation>Использовать профиль NAME (или путь к каталогу); по умолчанию: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="50"/>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="54"/>
        <source>The server a new account is offered (default: %1).</source>
        <translation>Сервер, предлагаемый для новой учётной записи (по умолчанию: %1).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="59"/>
        <source>Use language CODE (en, ru, de) and remember it.</source>
        <translation>Использовать язык CODE (en, ru, de) и запомнить выбор.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="60"/>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
</context>
</TS>
