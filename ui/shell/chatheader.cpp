// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/chatheader.h"

#include "ui/kit/icons.h"
#include "ui/kit/namestyle.h"
#include "ui/kit/tones.h"
#include "ui/kit/wording.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace cardinal::ui {

namespace {

constexpr int AvatarSize = 36;

QColor trustColor(client::TrustState state)
{
    switch (state) {
    case client::TrustState::Verified: return Tones::good();
    case client::TrustState::Changed: return Tones::caution();
    case client::TrustState::Revoked: return Tones::danger();
    case client::TrustState::Unverified: break;
    }
    return {};
}

QStringView trustIcon(client::TrustState state)
{
    switch (state) {
    case client::TrustState::Verified: return u"shield-check";
    case client::TrustState::Changed: return u"shield-alert";
    case client::TrustState::Revoked: return u"shield-off";
    case client::TrustState::Unverified: break;
    }
    return u"shield";
}

} // namespace

ChatHeader::ChatHeader(QWidget *parent)
    : QWidget(parent)
    , m_avatar(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_trustBadge(new QToolButton(this))
    , m_members(new QToolButton(this))
{
    setObjectName(QStringLiteral("chatHeader"));
    m_title->setObjectName(QStringLiteral("chatTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setObjectName(QStringLiteral("chatSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextFormat(Qt::PlainText);

    m_trustBadge->setObjectName(QStringLiteral("trustBadge"));
    m_trustBadge->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_trustBadge->setAutoRaise(true);
    m_trustBadge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_members->setObjectName(QStringLiteral("membersButton"));
    m_members->setIcon(Icons::icon(u"members"));
    m_members->setText(tr("Members"));
    m_members->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_members->setAutoRaise(true);
    m_members->setAccessibleName(tr("Group members"));
    m_members->setToolTip(tr("Group members (Ctrl+I)"));

    auto *names = new QVBoxLayout;
    names->setSpacing(0);
    names->addWidget(m_title);
    names->addWidget(m_subtitle);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 10, 8);
    layout->addWidget(m_avatar);
    layout->addSpacing(6);
    layout->addLayout(names, 1);
    layout->addWidget(m_trustBadge);
    layout->addWidget(m_members);

    connect(m_trustBadge, &QToolButton::clicked, this, &ChatHeader::verifyRequested);
    connect(m_members, &QToolButton::clicked, this, &ChatHeader::membersRequested);
}

void ChatHeader::setTitle(const QString &title)
{
    m_title->setText(title);
    m_avatar->setPixmap(NameStyle::avatar(title, AvatarSize, devicePixelRatioF()));
}

void ChatHeader::showDirect(const QString &identity, client::TrustState state)
{
    setTitle(identity);
    m_subtitle->setText(Wording::trustExplanation(state));
    m_subtitle->setToolTip(Wording::trustExplanation(state));
    m_trustBadge->setIcon(Icons::icon(trustIcon(state), trustColor(state)));
    m_trustBadge->setText(Wording::trustState(state));
    m_trustBadge->setAccessibleName(tr("Trust: %1. Open the safety number").arg(Wording::trustState(state)));
    m_trustBadge->setToolTip(tr("Compare the safety number (Ctrl+I)"));
    m_trustBadge->show();
    m_members->hide();
    m_members->setShortcut({});
    m_trustBadge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
}

void ChatHeader::showGroup(const QString &title, int memberCount)
{
    setTitle(title.isEmpty() ? tr("Unnamed group") : title);
    m_subtitle->setText(memberCount < 0 ? tr("Group") : tr("%n members", nullptr, memberCount));
    m_subtitle->setToolTip({});
    m_trustBadge->hide();
    m_trustBadge->setShortcut({});
    m_members->show();
    m_members->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
}

} // namespace cardinal::ui
