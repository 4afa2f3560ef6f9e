// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/kttypes.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace cardinal::ui {

//! The red alert across the whole window when the server's key-transparency log was caught
//! misbehaving (docs/key-transparency.md): a key for your address that none of your devices
//! made, or a log that contradicts one shown before. Says what happened, when, and what to
//! do; "Export evidence…" saves the signed proof, "Dismiss" closes the alerts shown. Hidden
//! while no alert is open. A view: the workspace feeds it and acts on its signals.
class TransparencyAlertBanner : public QFrame
{
    Q_OBJECT

public:
    explicit TransparencyAlertBanner(QWidget *parent = nullptr);

    //! Shows the open ones among `evidence` (the newest first in words), or hides.
    void setAlerts(const QList<client::KtEvidence> &evidence);

Q_SIGNALS:
    void exportRequested();
    //! The person has read the alerts with these ids.
    void dismissRequested(const QList<qint64> &ids);

private:
    QList<qint64> m_shown;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_export;
    QPushButton *m_dismiss;
};

} // namespace cardinal::ui
