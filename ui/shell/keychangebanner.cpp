// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/keychangebanner.h"

#include "ui/kit/icons.h"
#include "ui/kit/namestyle.h"
#include "ui/kit/tones.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cardinal::ui {

KeyChangeBanner::KeyChangeBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_verify(new QPushButton(tr("&Verify…"), this))
    , m_accept(new QPushButton(tr("&Accept new key"), this))
{
    setObjectName(QStringLiteral("keyChangeBanner"));
    setAccessibleName(tr("Key change warning"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, NameStyle::mix(tinted.color(QPalette::Window), Tones::caution(), 0.18));
    setPalette(tinted);

    m_icon->setPixmap(Icons::icon(u"shield-alert", Tones::caution()).pixmap(24, 24));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("keyChangeText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_verify->setObjectName(QStringLiteral("bannerVerifyButton"));
    m_accept->setObjectName(QStringLiteral("acceptNewKeyButton"));
    m_accept->setAccessibleName(tr("Accept the new key and send held messages"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_accept);
    auto *column = new QVBoxLayout;
    column->addWidget(m_text);
    column->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(m_icon);
    layout->addLayout(column, 1);

    connect(m_verify, &QPushButton::clicked, this, [this] { Q_EMIT verifyRequested(m_identity); });
    connect(m_accept, &QPushButton::clicked, this, [this] { Q_EMIT acceptRequested(m_identity); });
    hide();
}

void KeyChangeBanner::showFor(const QString &identity, client::TrustState state)
{
    m_identity = identity;
    switch (state) {
    case client::TrustState::Changed:
        m_text->setText(
            tr("The safety number with %1 has changed. Usually this means they reinstalled "
               "Cardinal or set up a new device; it can also mean someone is trying to read "
               "your messages. Messages to %1 are held until you verify the new safety number "
               "or accept the new key.")
                .arg(identity));
        m_accept->show();
        m_verify->show();
        show();
        break;
    case client::TrustState::Revoked:
        m_text->setText(tr("%1 revoked their key. Nothing can be sent to them until they "
                           "publish a new one.")
                            .arg(identity));
        m_accept->hide();
        m_verify->hide();
        show();
        break;
    case client::TrustState::Unverified:
    case client::TrustState::Verified:
        hide();
        break;
    }
}

} // namespace cardinal::ui
