// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/settingsdialog.h"

#include "ui/kit/autostart.h"
#include "ui/kit/inlineerror.h"
#include "ui/kit/wording.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cardinal::ui {

namespace {
// Each language named in itself, so that someone who cannot read the current one still
// finds theirs: deliberately not translated.
QString nativeName(const QString &code)
{
    if (code == u"en")
        return QStringLiteral("English");
    if (code == u"ru")
        return QStringLiteral("Русский");
    if (code == u"de")
        return QStringLiteral("Deutsch");
    return code;
}
} // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, client::Messenger *messenger, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_messenger(messenger),
      m_serverBox(new QGroupBox(this)), m_server(new QLineEdit(this)),
      m_applyServer(new QPushButton(this)), m_serverNote(new QLabel(this)),
      m_notificationsBox(new QGroupBox(this)), m_notifications(new QCheckBox(this)),
      m_notificationText(new QCheckBox(this)), m_notificationNote(new QLabel(this)),
      m_general(new QGroupBox(this)), m_lockLabel(new QLabel(this)), m_autoLock(new QSpinBox(this)),
      m_languageLabel(new QLabel(this)), m_language(new QComboBox(this)),
      m_themeLabel(new QLabel(this)), m_theme(new QComboBox(this)),
      m_closeToTray(new QCheckBox(this)), m_autostart(new QCheckBox(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));

    // Server.
    m_server->setObjectName(QStringLiteral("serverUrlEdit"));
    m_applyServer->setObjectName(QStringLiteral("applyServerButton"));
    m_serverNote->setObjectName(QStringLiteral("serverNote"));
    m_serverNote->setWordWrap(true);
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_server, 1);
    serverRow->addWidget(m_applyServer);
    auto *serverLayout = new QVBoxLayout(m_serverBox);
    serverLayout->addLayout(serverRow);
    serverLayout->addWidget(m_serverNote);
    if (m_messenger) {
        m_server->setText(m_messenger->server().toString());
        const bool registered = m_messenger->isRegistered();
        m_server->setReadOnly(registered);
        if (registered) {
            // Fixed: text to read and copy, not a field that only refuses typing.
            m_server->setFrame(false);
            QPalette flat = m_server->palette();
            flat.setColor(QPalette::Base, flat.color(QPalette::Window));
            m_server->setPalette(flat);
            m_server->setFocusPolicy(Qt::ClickFocus);
        }
        m_applyServer->setVisible(!registered);
        connect(m_applyServer, &QPushButton::clicked, this, &SettingsDialog::applyServer);
        connect(m_server, &QLineEdit::returnPressed, this, &SettingsDialog::applyServer);
    } else {
        m_serverBox->hide();
    }

    // Notifications.
    m_notifications->setObjectName(QStringLiteral("notificationsCheck"));
    m_notifications->setChecked(m_settings.notificationsEnabled());
    m_notificationText->setObjectName(QStringLiteral("notificationTextCheck"));
    m_notificationText->setChecked(m_settings.notificationShowsText());
    m_notificationText->setEnabled(m_notifications->isChecked());
    m_notificationNote->setObjectName(QStringLiteral("notificationNote"));
    m_notificationNote->setWordWrap(true);
    m_notificationNote->setForegroundRole(QPalette::PlaceholderText);
    m_notificationNote->hide();
    connect(m_notifications, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.setNotificationsEnabled(on);
        m_notificationText->setEnabled(on);
    });
    connect(m_notificationText, &QCheckBox::toggled, this,
            [this](bool on) { m_settings.setNotificationShowsText(on); });
    auto *notificationsLayout = new QVBoxLayout(m_notificationsBox);
    notificationsLayout->addWidget(m_notifications);
    notificationsLayout->addWidget(m_notificationText);
    notificationsLayout->addWidget(m_notificationNote);

    // General: lock, language, theme, the window, starting at login.
    m_autoLock->setObjectName(QStringLiteral("autoLockSpin"));
    m_autoLock->setRange(0, AppSettings::MaxAutoLockMinutes);
    m_autoLock->setValue(m_settings.autoLockMinutes());
    connect(m_autoLock, &QSpinBox::valueChanged, this,
            [this](int minutes) { m_settings.setAutoLockMinutes(minutes); });

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QString(), QString(AppSettings::SystemLanguage));
    for (const QString &code : AppSettings::supportedLanguages())
        m_language->addItem(nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString code = m_language->itemData(index).toString();
        if (code == m_settings.language())
            return;
        m_settings.setLanguage(code);
        Q_EMIT languageChanged(code);
    });

    m_theme->setObjectName(QStringLiteral("themeCombo"));
    for (const QString &theme : {QString(), QStringLiteral("light"), QStringLiteral("dark")})
        m_theme->addItem(QString(), theme);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(m_settings.theme())));
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString theme = m_theme->itemData(index).toString();
        if (theme == m_settings.theme())
            return;
        m_settings.setTheme(theme);
        Q_EMIT themeChanged(theme);
    });

    m_closeToTray->setObjectName(QStringLiteral("closeToTrayCheck"));
    m_closeToTray->setChecked(m_settings.closeToTray());
    connect(m_closeToTray, &QCheckBox::toggled, this,
            [this](bool on) { m_settings.setCloseToTray(on); });
    m_autostart->setObjectName(QStringLiteral("autostartCheck"));
    m_autostart->setChecked(Autostart::isEnabled());
    connect(m_autostart, &QCheckBox::toggled, this, [this](bool on) {
        QString error;
        if (!Autostart::setEnabled(on, m_settings.profileDirectory(), &error)) {
            setStatus(error);
            const QSignalBlocker quiet(m_autostart);
            m_autostart->setChecked(!on);
        }
    });

    auto *form = new QFormLayout(m_general);
    m_lockLabel->setBuddy(m_autoLock);
    m_languageLabel->setBuddy(m_language);
    m_themeLabel->setBuddy(m_theme);
    form->addRow(m_lockLabel, m_autoLock);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_themeLabel, m_theme);
    form->addRow(m_closeToTray);
    form->addRow(m_autostart);

    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_serverBox);
    layout->addWidget(m_notificationsBox);
    layout->addWidget(m_general);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);
    retranslate();
}

void SettingsDialog::setNotificationNote(const QString &text)
{
    m_notificationNote->setText(text);
    m_notificationNote->setVisible(!text.isEmpty());
}

void SettingsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_serverBox->setTitle(tr("Server"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(tr("wss://chat.example.org"));
    m_applyServer->setText(tr("&Apply"));
    m_applyServer->setAccessibleName(tr("Use this server"));
    if (m_messenger)
        m_serverNote->setText(
            m_messenger->isRegistered()
                ? tr("This profile is registered with this server. Moving to another "
                     "server is not supported: it would mean registering again.")
                : tr("The server relays your encrypted messages. It cannot read them."));

    m_notificationsBox->setTitle(tr("Notifications"));
    m_notifications->setText(tr("Show a &notification for new messages"));
    m_notifications->setAccessibleName(tr("Notifications"));
    m_notificationText->setText(tr("Show the message &text in notifications"));
    m_notificationText->setAccessibleName(tr("Message text in notifications"));
    m_notificationText->setToolTip(tr("Off, notifications only say who wrote: handy when "
                                      "others can see your screen."));

    m_general->setTitle(tr("General"));
    m_lockLabel->setText(tr("&Lock after:"));
    m_autoLock->setAccessibleName(tr("Lock after minutes of inactivity"));
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setSuffix(tr(" min"));
    m_languageLabel->setText(tr("Lan&guage:"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setItemText(0, tr("System default"));
    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setItemText(0, tr("As the desktop"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_closeToTray->setText(tr("&Closing the window keeps Cardinal running in the tray"));
    m_closeToTray->setToolTip(tr("Then messages keep arriving and notifications keep coming; "
                                 "Quit in the menu ends Cardinal."));
    m_autostart->setText(tr("Start Cardinal when I &log in"));
    m_status->setAccessibleName(tr("Status"));
}

void SettingsDialog::applyServer()
{
    if (!m_messenger || m_messenger->isRegistered())
        return;
    const QUrl url(m_server->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"ws" && url.scheme() != u"wss") || url.host().isEmpty())
        return setStatus(tr("That is not a server address; it looks like wss://chat.example.org."));
    if (auto ok = m_messenger->setServer(url); !ok)
        return setStatus(Wording::error(ok.error()));
    m_server->setText(m_messenger->server().toString());
    setStatus(tr("Cardinal will use %1.").arg(m_messenger->server().toString()));
}

void SettingsDialog::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    fitDialogToContents(this);
}

} // namespace cardinal::ui
