// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/messenger.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace cardinal::ui {

//! An address's key history, from the server's key-transparency log: every card and device
//! change ever logged for it, oldest first, each checked against the log, with its date, what
//! changed, the identity key's first digits and how many devices the card had. A key the
//! person never had stands out in this list; the newest row is the card in use.
class KeyHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    KeyHistoryDialog(client::Messenger &messenger, const QString &identity,
                     QWidget *parent = nullptr);

private:
    void showHistory(const Result<client::KtAddressHistory> &history);

    QLabel *m_status;
    QTreeWidget *m_entries;
};

} // namespace cardinal::ui
