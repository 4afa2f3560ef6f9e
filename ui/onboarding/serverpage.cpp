// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/onboarding/serverpage.h"

#include "ui/kit/inlineerror.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace cardinal::ui {

ServerPage::ServerPage(const QUrl &defaultServer, QWidget *parent)
    : OnboardingPage(parent), m_urlLabel(new QLabel(this)), m_url(new QLineEdit(this)),
      m_advanced(new QToolButton(this)), m_advancedBox(new QWidget(this)),
      m_authorityLabel(new QLabel(m_advancedBox)), m_authority(new QLineEdit(m_advancedBox)),
      m_authorityHint(new QLabel(m_advancedBox))
{
    m_url->setObjectName(QStringLiteral("serverEdit"));
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_url->setPlaceholderText(QStringLiteral("wss://chat.example.org:7447"));
    m_urlLabel->setBuddy(m_url);
    m_advanced->setObjectName(QStringLiteral("advancedButton"));
    m_advanced->setCheckable(true);
    m_advanced->setAutoRaise(true);
    m_advanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_authority->setObjectName(QStringLiteral("authorityEdit"));
    m_authority->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_authorityLabel->setBuddy(m_authority);
    m_authorityHint->setWordWrap(true);
    m_authorityHint->setForegroundRole(QPalette::PlaceholderText);
    card()->primaryButton()->setObjectName(QStringLiteral("serverContinueButton"));
    card()->backButton()->setObjectName(QStringLiteral("serverBackButton"));
    card()->errorLabel()->setObjectName(QStringLiteral("serverError"));
    card()->setBackVisible(true);

    auto *advancedLayout = new QVBoxLayout(m_advancedBox);
    advancedLayout->setContentsMargins(0, 0, 0, 0);
    advancedLayout->addWidget(m_authorityLabel);
    advancedLayout->addWidget(m_authority);
    advancedLayout->addWidget(m_authorityHint);
    QVBoxLayout *content = card()->content();
    content->addWidget(m_urlLabel);
    content->addWidget(m_url);
    content->addWidget(m_advanced, 0, Qt::AlignLeft);
    content->addWidget(m_advancedBox);

    connect(m_url, &QLineEdit::textChanged, this, &ServerPage::updatePrimary);
    connect(m_advanced, &QToolButton::toggled, this, &ServerPage::showAdvanced);
    setServer(defaultServer);
    showAdvanced(false);
    retranslate();
}

void ServerPage::setServer(const QUrl &url)
{
    m_url->setText(url.toString());
}

Result<QUrl> ServerPage::parseUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const bool webSocket =
        url.scheme() == QStringLiteral("ws") || url.scheme() == QStringLiteral("wss");
    if (!url.isValid() || !webSocket || url.host().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    tr("Enter an address that starts with ws:// or wss://, such as "
                       "wss://chat.example.org:7447."));
    return url;
}

Result<std::optional<crypto::Ed25519PublicKey>> ServerPage::parseAuthority(const QString &text)
{
    // As cardinal-cli --authority: hex digits, with the spaces init may print between groups.
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    const QString digits = QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
    if (digits.isEmpty())
        return std::optional<crypto::Ed25519PublicKey>{};
    auto key = hex.match(digits).hasMatch()
                   ? crypto::Ed25519PublicKey::fromBytes(QByteArray::fromHex(digits.toLatin1()))
                   : std::nullopt;
    if (!key)
        return fail(ErrorCode::InvalidArgument,
                    tr("The server key is the 64 hexadecimal digits that 'cardinal-server init' "
                       "printed after \"authority key:\"."));
    return std::optional(*key);
}

void ServerPage::retranslate()
{
    card()->setTitle(tr("Choose your server"));
    card()->setExplanation(tr("Your messages travel through this server, encrypted: it passes "
                              "them on but cannot read them."));
    m_urlLabel->setText(tr("Server &address"));
    m_url->setAccessibleName(tr("Server address"));
    m_advanced->setText(tr("A&dvanced"));
    m_advanced->setAccessibleName(tr("Advanced server settings"));
    m_authorityLabel->setText(tr("Server &key (optional)"));
    m_authority->setAccessibleName(tr("Server key"));
    m_authorityHint->setText(tr("If the server's operator gave you its key, paste it here: then "
                                "no other server can pretend to be this one."));
    card()->primaryButton()->setText(tr("&Continue"));
    card()->primaryButton()->setAccessibleName(tr("Continue"));
}

bool ServerPage::canContinue() const
{
    return !m_url->text().trimmed().isEmpty();
}

bool ServerPage::validate()
{
    auto url = parseUrl(m_url->text());
    if (!url) {
        showError(url.error().detail);
        m_url->setFocus();
        return false;
    }
    auto authority = parseAuthority(m_authority->text());
    if (!authority) {
        showAdvanced(true);
        showError(authority.error().detail);
        m_authority->setFocus();
        return false;
    }
    m_choice = ServerChoice{*url, *authority};
    return true;
}

QWidget *ServerPage::firstInput() const
{
    return m_url;
}

void ServerPage::showAdvanced(bool shown)
{
    m_advanced->setChecked(shown);
    m_advanced->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_advancedBox->setVisible(shown);
}

} // namespace cardinal::ui
