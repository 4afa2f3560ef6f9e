// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/contacts.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace cardinal::ui {

//! The warning across the top of a conversation whose contact's key changed or was revoked.
//!
//! Changed: says what it can mean (a new phone or a reinstall — or someone in the middle),
//! that messages are held, and offers "Verify…" and "Accept new key". Revoked: says nothing
//! can be sent to that key any more. Hidden for the other states.
class KeyChangeBanner : public QFrame
{
    Q_OBJECT

public:
    explicit KeyChangeBanner(QWidget *parent = nullptr);

    //! Shows the banner for `identity` in `state` (hides it unless Changed or Revoked).
    void showFor(const QString &identity, client::TrustState state);

Q_SIGNALS:
    void verifyRequested(const QString &identity);
    void acceptRequested(const QString &identity);

private:
    QString m_identity;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_verify;
    QPushButton *m_accept;
};

} // namespace cardinal::ui
