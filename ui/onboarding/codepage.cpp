// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/onboarding/codepage.h"

#include "ui/kit/inlineerror.h"
#include "ui/kit/wording.h"

#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <algorithm>

namespace cardinal::ui {

CodePage::CodePage(QWidget *parent)
    : OnboardingPage(parent), m_codeLabel(new QLabel(this)), m_code(new QLineEdit(this)),
      m_backupBox(new QWidget(this)), m_backupLabel(new QLabel(m_backupBox)),
      m_backup(new QLineEdit(m_backupBox)), m_tokenLabel(new QLabel(this)),
      m_token(new QLineEdit(this)), m_switch(new QPushButton(this)), m_resend(new QPushButton(this))
{
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setMaxLength(2048);
    m_token->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                                 Qt::ImhNoAutoUppercase);
    m_tokenLabel->setBuddy(m_token);
    m_switch->setObjectName(QStringLiteral("switchProofButton"));
    m_switch->setFlat(true);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    // Digits, and the spaces or dashes a mail program may show between groups.
    m_code->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9 \\-]{0,%1}").arg(2 * CodeLength)), m_code));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_code->setPlaceholderText(QString(CodeLength, u'0'));
    QFont codeFont = m_code->font();
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.4);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    m_code->setFont(codeFont);
    m_code->setAlignment(Qt::AlignHCenter);
    m_codeLabel->setBuddy(m_code);
    m_backup->setObjectName(QStringLiteral("backupPassphraseEdit"));
    m_backup->setEchoMode(QLineEdit::Password);
    m_backup->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                  Qt::ImhNoPredictiveText);
    m_backupLabel->setBuddy(m_backup);
    m_resend->setObjectName(QStringLiteral("resendCodeButton"));
    m_resend->setFlat(true);
    card()->addSecondaryButton(m_resend);
    card()->primaryButton()->setObjectName(QStringLiteral("confirmCodeButton"));
    card()->backButton()->setObjectName(QStringLiteral("codeBackButton"));
    card()->errorLabel()->setObjectName(QStringLiteral("codeError"));
    card()->setBackVisible(true);

    auto *backupLayout = new QVBoxLayout(m_backupBox);
    backupLayout->setContentsMargins(0, 0, 0, 0);
    backupLayout->addWidget(m_backupLabel);
    backupLayout->addWidget(m_backup);
    QVBoxLayout *content = card()->content();
    content->addWidget(m_codeLabel);
    content->addWidget(m_code);
    content->addWidget(m_tokenLabel);
    content->addWidget(m_token);
    // Under the field rather than among the buttons: the row holds Back, resend and
    // Confirm already, and this changes what the page asks for, not where the flow goes.
    content->addWidget(m_switch, 0, Qt::AlignLeft);
    content->addWidget(m_backupBox);
    m_backupBox->hide();
    m_tokenLabel->hide();
    m_token->hide();

    connect(m_code, &QLineEdit::textChanged, this, &CodePage::updatePrimary);
    connect(m_backup, &QLineEdit::textChanged, this, &CodePage::updatePrimary);
    connect(m_token, &QLineEdit::textChanged, this, &CodePage::updatePrimary);
    connect(m_switch, &QPushButton::clicked, this, [this] {
        clearError();
        setTokenMode(!m_tokenMode);
        enter();
        Q_EMIT proofSwitched();
    });
    connect(m_resend, &QPushButton::clicked, this, &CodePage::resendRequested);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &CodePage::tick);
    retranslate();
}

void CodePage::setRestoring(bool restoring)
{
    m_restoring = restoring;
    m_backupBox->setVisible(restoring);
    m_switch->setVisible(!restoring);
    if (restoring)
        setTokenMode(false);
    retranslate();
}

void CodePage::setTokenMode(bool tokenMode)
{
    m_tokenMode = tokenMode && !m_restoring;
    m_codeLabel->setVisible(!m_tokenMode);
    m_code->setVisible(!m_tokenMode);
    m_resend->setVisible(!m_tokenMode);
    m_tokenLabel->setVisible(m_tokenMode);
    m_token->setVisible(m_tokenMode);
    retranslate();
    updatePrimary();
}

bool CodePage::codeRequested() const
{
    return m_request != Request::Settled || m_expiresAt.isValid();
}

QByteArray CodePage::token() const
{
    QString text = m_token->text();
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(),
                                                  QByteArray::Base64UrlEncoding |
                                                      QByteArray::OmitTrailingEquals |
                                                      QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? decoded.decoded : QByteArray();
}

void CodePage::selectToken()
{
    m_token->selectAll();
    m_token->setFocus();
}

void CodePage::setIdentity(const QString &identity)
{
    m_identity = identity;
    retranslate();
}

void CodePage::setSending(const QString &identity)
{
    m_identity = identity;
    m_request = Request::Sending;
    retranslate();
}

void CodePage::setSent(const QString &identity, qint64 lifetimeSeconds)
{
    m_identity = identity;
    m_expiresAt = QDateTime::currentDateTime().addSecs(lifetimeSeconds);
    m_request = Request::Settled;
    allowResendIn(ResendDelaySeconds);
}

void CodePage::setNotSent(const QString &identity)
{
    m_identity = identity;
    m_request = Request::Failed;
    retranslate();
}

void CodePage::allowResendIn(int waitSeconds)
{
    if (m_request == Request::Sending)
        m_request = Request::Settled;
    m_resendIn = std::max(0, waitSeconds);
    if (m_resendIn > 0)
        m_countdown.start();
    else
        m_countdown.stop();
    retranslate();
}

QString CodePage::code() const
{
    return QString(m_code->text()).remove(u' ').remove(u'-');
}

crypto::SecureBuffer CodePage::backupPassphrase() const
{
    return crypto::SecureBuffer::fromUtf8(m_backup->text());
}

void CodePage::selectCode()
{
    m_code->selectAll();
    m_code->setFocus();
}

void CodePage::selectBackupPassphrase()
{
    m_backup->selectAll();
    m_backup->setFocus();
}

void CodePage::clearSecrets()
{
    m_code->clear();
    m_backup->clear();
    m_token->clear();
}

void CodePage::retranslate()
{
    m_tokenLabel->setText(tr("&Invitation token"));
    m_token->setAccessibleName(tr("Invitation token"));
    m_switch->setText(m_tokenMode ? tr("Use an e-mail &code instead")
                                  : tr("I have an &invitation token"));
    m_switch->setAccessibleName(QString(m_switch->text()).remove(u'&'));
    if (m_tokenMode) {
        card()->setTitle(tr("Your invitation"));
        //: %1 is an e-mail address
        card()->setExplanation(tr("Paste the invitation token your organisation gave you. It "
                                  "proves that %1 is yours, instead of an e-mail code, and "
                                  "works once.")
                                   .arg(m_identity));
        card()->primaryButton()->setText(tr("C&onfirm"));
        card()->primaryButton()->setAccessibleName(tr("Confirm"));
        return;
    }
    card()->setTitle(tr("Check your e-mail"));
    if (m_request == Request::Sending) {
        card()->setExplanation(tr("Sending a code to %1…").arg(m_identity));
    } else if (m_request == Request::Failed) {
        // Never claim a code is on its way when the request failed.
        card()->setExplanation(tr("No code was sent to %1. When the problem below is solved, "
                                  "ask for a new one.")
                                   .arg(m_identity));
    } else if (m_expiresAt.isValid()) {
        //: %1 is an e-mail address, %2 a time of day
        card()->setExplanation(
            tr("We sent a code to %1. It is valid until %2.")
                .arg(m_identity, Wording::timeOfDay(m_expiresAt.toLocalTime().time())));
    } else {
        card()->setExplanation(tr("Enter the code we sent to %1.").arg(m_identity));
    }
    m_codeLabel->setText(tr("&Code from the e-mail"));
    m_code->setAccessibleName(tr("Code from the e-mail"));
    m_backupLabel->setText(tr("&Backup passphrase"));
    m_backup->setAccessibleName(tr("Backup passphrase"));
    m_backup->setToolTip(tr("The passphrase your key backup was made with on your other device."));
    // Not "&C", which the code's label has.
    const QString confirm = m_restoring ? tr("Con&tinue") : tr("C&onfirm");
    card()->primaryButton()->setText(confirm);
    card()->primaryButton()->setAccessibleName(QString(confirm).remove(u'&'));
    updateResend();
}

bool CodePage::canContinue() const
{
    if (m_tokenMode)
        return !token().isEmpty();
    return code().size() == CodeLength && (!m_restoring || !m_backup->text().isEmpty());
}

QWidget *CodePage::firstInput() const
{
    return m_tokenMode ? m_token : m_code;
}

void CodePage::tick()
{
    if (--m_resendIn <= 0) {
        m_resendIn = 0;
        m_countdown.stop();
    }
    updateResend();
}

void CodePage::updateResend()
{
    m_resend->setEnabled(m_request != Request::Sending && m_resendIn == 0);
    m_resend->setText(m_resendIn > 0 ? tr("Send a new code (%n s)", nullptr, m_resendIn)
                                     : tr("Send a &new code"));
    m_resend->setAccessibleName(tr("Send a new code"));
}

} // namespace cardinal::ui
