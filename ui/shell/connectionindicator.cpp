// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/connectionindicator.h"

#include "client/messenger.h"
#include "ui/kit/icons.h"
#include "ui/kit/tones.h"
#include "ui/kit/wording.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

namespace cardinal::ui {

namespace {

constexpr int DotSize = 10;

QPixmap dot(const QColor &color, qreal ratio)
{
    QPixmap pixmap(qRound(DotSize * ratio), qRound(DotSize * ratio));
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(0, 0, pixmap.width(), pixmap.height()));
    painter.end();
    pixmap.setDevicePixelRatio(ratio);
    return pixmap;
}

QColor stateColor(client::Connection::State state)
{
    switch (state) {
    case client::Connection::State::Online: return Tones::good();
    case client::Connection::State::Connecting:
    case client::Connection::State::Connected: return Tones::caution();
    case client::Connection::State::Disconnected: return Tones::danger();
    }
    return Qt::gray;
}

} // namespace

ConnectionIndicator::ConnectionIndicator(client::Messenger &messenger, QWidget *parent)
    : QWidget(parent)
    , m_messenger(messenger)
    , m_dot(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QToolButton(this))
{
    setObjectName(QStringLiteral("connectionIndicator"));
    m_text->setObjectName(QStringLiteral("connectionStateLabel"));
    m_text->setTextInteractionFlags(Qt::NoTextInteraction);
    m_text->setWordWrap(true); // "Offline: The server refused the connection." in a narrow sidebar
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setIcon(Icons::icon(u"retry"));
    m_retry->setText(tr("Retry"));
    m_retry->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_retry->setAccessibleName(tr("Retry connecting"));
    m_retry->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_dot);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);

    connect(m_retry, &QToolButton::clicked, this, [this] {
        m_failure.clear();
        m_messenger.connectToServer();
    });
    connect(&m_messenger, &client::Messenger::connectionStateChanged, this,
            &ConnectionIndicator::showState);
    connect(&m_messenger, &client::Messenger::failed, this,
            [this](const Error &error) { showFailure(Wording::error(error)); });
    showState(m_messenger.connectionState());
}

void ConnectionIndicator::showState(client::Connection::State state)
{
    if (state == client::Connection::State::Online)
        m_failure.clear();
    m_dot->setPixmap(dot(stateColor(state), devicePixelRatioF()));
    const QString words = Wording::connectionState(state);
    const bool offline = state == client::Connection::State::Disconnected;
    // Why the link is down, as the core saw it: the short sentence here, the full one (with
    // the server's name and what to check) in the tooltip.
    QString reason = m_failure;
    QString explanation = m_failure;
    if (reason.isEmpty() && offline) {
        if (const std::optional<Error> problem = m_messenger.connectionProblem()) {
            reason = Wording::error(*problem);
            explanation = Wording::serverProblem(*problem, m_messenger.server());
        }
    }
    m_text->setText(offline && !reason.isEmpty() ? tr("Offline: %1").arg(reason) : words);
    m_text->setToolTip(explanation.isEmpty() ? words : explanation);
    setAccessibleName(tr("Connection: %1").arg(words));
    m_retry->setVisible(offline);
}

void ConnectionIndicator::showFailure(const QString &reason)
{
    m_failure = reason;
    showState(m_messenger.connectionState());
}

} // namespace cardinal::ui
