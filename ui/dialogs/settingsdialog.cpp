// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/settingsdialog.h"

#include "ui/kit/wording.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    : QDialog(parent), m_settings(settings), m_messenger(messenger), m_server(new QLineEdit(this)),
      m_applyServer(new QPushButton(tr("&Apply"), this)), m_serverNote(new QLabel(this)),
      m_notifications(new QCheckBox(tr("Show a &notification for new messages"), this)),
      m_notificationText(new QCheckBox(tr("Show the message &text in notifications"), this)),
      m_autoLock(new QSpinBox(this)), m_language(new QComboBox(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    // Server.
    auto *serverBox = new QGroupBox(tr("Server"), this);
    m_server->setObjectName(QStringLiteral("serverUrlEdit"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(tr("wss://chat.example.org"));
    m_applyServer->setObjectName(QStringLiteral("applyServerButton"));
    m_applyServer->setAccessibleName(tr("Use this server"));
    m_serverNote->setObjectName(QStringLiteral("serverNote"));
    m_serverNote->setWordWrap(true);
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_server, 1);
    serverRow->addWidget(m_applyServer);
    auto *serverLayout = new QVBoxLayout(serverBox);
    serverLayout->addLayout(serverRow);
    serverLayout->addWidget(m_serverNote);
    if (m_messenger) {
        m_server->setText(m_messenger->server().toString());
        const bool registered = m_messenger->isRegistered();
        m_server->setReadOnly(registered);
        m_applyServer->setVisible(!registered);
        m_serverNote->setText(
            registered ? tr("This profile is registered with this server. Moving to another "
                            "server is not supported: it would mean registering again.")
                       : tr("The server relays your encrypted messages. It cannot read them."));
        connect(m_applyServer, &QPushButton::clicked, this, &SettingsDialog::applyServer);
        connect(m_server, &QLineEdit::returnPressed, this, &SettingsDialog::applyServer);
    } else {
        serverBox->hide();
    }

    // Notifications.
    m_notifications->setObjectName(QStringLiteral("notificationsCheck"));
    m_notifications->setAccessibleName(tr("Notifications"));
    m_notifications->setChecked(m_settings.notificationsEnabled());
    m_notificationText->setObjectName(QStringLiteral("notificationTextCheck"));
    m_notificationText->setAccessibleName(tr("Message text in notifications"));
    m_notificationText->setChecked(m_settings.notificationShowsText());
    m_notificationText->setEnabled(m_notifications->isChecked());
    m_notificationText->setToolTip(tr("Off, notifications only say who wrote: handy when "
                                      "others can see your screen."));
    connect(m_notifications, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.setNotificationsEnabled(on);
        m_notificationText->setEnabled(on);
    });
    connect(m_notificationText, &QCheckBox::toggled, this,
            [this](bool on) { m_settings.setNotificationShowsText(on); });
    auto *notificationsBox = new QGroupBox(tr("Notifications"), this);
    auto *notificationsLayout = new QVBoxLayout(notificationsBox);
    notificationsLayout->addWidget(m_notifications);
    notificationsLayout->addWidget(m_notificationText);

    // Privacy and language.
    m_autoLock->setObjectName(QStringLiteral("autoLockSpin"));
    m_autoLock->setAccessibleName(tr("Lock after minutes of inactivity"));
    m_autoLock->setRange(0, AppSettings::MaxAutoLockMinutes);
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setValue(m_settings.autoLockMinutes());
    connect(m_autoLock, &QSpinBox::valueChanged, this,
            [this](int minutes) { m_settings.setAutoLockMinutes(minutes); });

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString(AppSettings::SystemLanguage));
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

    auto *general = new QGroupBox(tr("General"), this);
    auto *form = new QFormLayout(general);
    auto *lockLabel = new QLabel(tr("&Lock after:"), this);
    lockLabel->setBuddy(m_autoLock);
    auto *languageLabel = new QLabel(tr("Lan&guage:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(lockLabel, m_autoLock);
    form->addRow(languageLabel, m_language);

    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(serverBox);
    layout->addWidget(notificationsBox);
    layout->addWidget(general);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(440);
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
}

} // namespace cardinal::ui
