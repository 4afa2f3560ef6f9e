// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/onboarding/identitypage.h"

#include "protocol/identity.h"
#include "ui/kit/inlineerror.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace cardinal::ui {

IdentityPage::IdentityPage(QWidget *parent)
    : OnboardingPage(parent), m_identityLabel(new QLabel(this)),
      m_identityEdit(new QLineEdit(this)), m_deviceLabel(new QLabel(this)),
      m_device(new QLineEdit(this)), m_invitation(new QCheckBox(this))
{
    m_invitation->setObjectName(QStringLiteral("invitationCheck"));
    m_identityEdit->setObjectName(QStringLiteral("identityEdit"));
    m_identityEdit->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_identityEdit->setPlaceholderText(QStringLiteral("you@example.org"));
    m_identityLabel->setBuddy(m_identityEdit);
    m_device->setObjectName(QStringLiteral("deviceNameEdit"));
    m_device->setText(defaultDeviceName());
    m_deviceLabel->setBuddy(m_device);
    card()->primaryButton()->setObjectName(QStringLiteral("identityContinueButton"));
    card()->backButton()->setObjectName(QStringLiteral("identityBackButton"));
    card()->errorLabel()->setObjectName(QStringLiteral("identityError"));
    card()->setBackVisible(true);

    QVBoxLayout *content = card()->content();
    content->addWidget(m_identityLabel);
    content->addWidget(m_identityEdit);
    content->addWidget(m_deviceLabel);
    content->addWidget(m_device);
    content->addWidget(m_invitation);

    connect(m_identityEdit, &QLineEdit::textChanged, this, &IdentityPage::updatePrimary);
    connect(m_device, &QLineEdit::textChanged, this, &IdentityPage::updatePrimary);
    retranslate();
}

void IdentityPage::setRestoring(bool restoring)
{
    m_restoring = restoring;
    m_invitation->setVisible(!restoring);
    retranslate();
}

bool IdentityPage::hasInvitation() const
{
    return !m_restoring && m_invitation->isChecked();
}

QString IdentityPage::deviceName() const
{
    return m_device->text().trimmed();
}

QString IdentityPage::defaultDeviceName()
{
    const QString host = QSysInfo::machineHostName().trimmed();
    if (host.isEmpty() || host.toUtf8().size() > MaxDeviceNameBytes)
        return tr("Desktop");
    return host;
}

void IdentityPage::retranslate()
{
    if (m_restoring) {
        card()->setTitle(tr("Your account"));
        card()->setExplanation(tr("We will send a code to the e-mail address of your account, "
                                  "to check that it is yours."));
        card()->primaryButton()->setText(tr("&Send code"));
        card()->primaryButton()->setAccessibleName(tr("Send code"));
    } else {
        card()->setTitle(tr("About you"));
        card()->setExplanation(tr("Your contacts find you by your e-mail address; we send a "
                                  "code there to check that it is yours."));
        card()->primaryButton()->setText(tr("&Continue"));
        card()->primaryButton()->setAccessibleName(tr("Continue"));
    }
    m_identityLabel->setText(tr("&E-mail address"));
    m_identityEdit->setAccessibleName(tr("E-mail address"));
    m_deviceLabel->setText(tr("&Name of this computer"));
    m_device->setAccessibleName(tr("Name of this computer"));
    m_device->setToolTip(tr("Shown to your contacts next to this device, e.g. \"Laptop\"."));
    m_invitation->setText(tr("I have an &invitation token from my organisation"));
    m_invitation->setToolTip(tr("Your organisation may give you a token instead of an e-mail "
                                "code: it proves the address is yours."));
}

bool IdentityPage::canContinue() const
{
    return !m_identityEdit->text().trimmed().isEmpty() && !deviceName().isEmpty();
}

bool IdentityPage::validate()
{
    auto identity = protocol::normalizeEmail(m_identityEdit->text());
    if (!identity) {
        //: %1 explains what is wrong with the address, in English
        showError(
            tr("That does not look like an e-mail address (%1).").arg(identity.error().detail));
        m_identityEdit->setFocus();
        return false;
    }
    if (deviceName().toUtf8().size() > MaxDeviceNameBytes) {
        showError(tr("Please choose a shorter name for this computer."));
        m_device->setFocus();
        return false;
    }
    m_identity = *identity;
    return true;
}

QWidget *IdentityPage::firstInput() const
{
    return m_identityEdit->text().isEmpty() ? m_identityEdit : m_device;
}

} // namespace cardinal::ui
