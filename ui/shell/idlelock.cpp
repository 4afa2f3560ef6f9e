// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/idlelock.h"

#include <QCoreApplication>
#include <QEvent>

namespace cardinal::ui {

IdleLock::IdleLock(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::idle);
}

IdleLock::~IdleLock()
{
    stop();
}

void IdleLock::setTimeout(std::chrono::milliseconds timeout)
{
    m_timer.setInterval(timeout);
    if (m_running)
        start();
}

std::chrono::milliseconds IdleLock::timeout() const
{
    return m_timer.intervalAsDuration();
}

void IdleLock::start()
{
    if (!m_running && QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    m_running = true;
    if (m_timer.interval() > 0)
        m_timer.start();
    else
        m_timer.stop();
}

void IdleLock::stop()
{
    if (m_running && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_running = false;
    m_timer.stop();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.interval() > 0)
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cardinal::ui
