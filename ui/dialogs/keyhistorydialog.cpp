// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/keyhistorydialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cardinal::ui {

namespace {

QString whatChanged(protocol::kt::ChangeKind kind)
{
    switch (kind) {
    case protocol::kt::ChangeKind::CardPublished:
        return KeyHistoryDialog::tr("Card published");
    case protocol::kt::ChangeKind::DeviceAdded:
        return KeyHistoryDialog::tr("Device added");
    case protocol::kt::ChangeKind::DeviceRevoked:
        return KeyHistoryDialog::tr("Device removed");
    case protocol::kt::ChangeKind::CardRevoked:
        return KeyHistoryDialog::tr("Card revoked");
    }
    return {};
}

//! The identity key's first 16 hex digits in groups of four, as people compare them.
QString keyDigits(const protocol::CardBundle &bundle)
{
    const QString hex =
        QString::fromLatin1(bundle.card.content().identityKey.toByteArray().toHex().left(16));
    return hex.left(4) + u' ' + hex.mid(4, 4) + u' ' + hex.mid(8, 4) + u' ' + hex.mid(12, 4);
}

} // namespace

KeyHistoryDialog::KeyHistoryDialog(client::Messenger &messenger, const QString &identity,
                                   QWidget *parent)
    : QDialog(parent), m_status(new QLabel(this)), m_entries(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("keyHistoryDialog"));
    setWindowTitle(tr("Key history of %1").arg(identity));
    m_status->setObjectName(QStringLiteral("keyHistoryStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setText(tr("Reading the key-transparency log…"));
    m_entries->setObjectName(QStringLiteral("keyHistoryEntries"));
    m_entries->setRootIsDecorated(false);
    m_entries->setHeaderLabels({tr("Date"), tr("Change"), tr("Identity key"), tr("Devices")});
    m_entries->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_entries, 1);
    layout->addWidget(buttons);
    resize(640, 360);
    messenger.keyHistory(identity, this, [this](Result<client::KtAddressHistory> history) {
        showHistory(history);
    });
}

void KeyHistoryDialog::showHistory(const Result<client::KtAddressHistory> &history)
{
    if (!history) {
        m_status->setText(tr("The history cannot be shown: %1").arg(history.error().message()));
        return;
    }
    m_status->setText(
        tr("Every change the server's log holds for this address, checked against the log. A "
           "key the person never had means someone else published one for them."));
    const QLocale locale;
    for (const client::KtHistoryEntry &entry : history->entries) {
        auto *row = new QTreeWidgetItem(m_entries);
        row->setText(0, locale.toString(QDateTime::fromSecsSinceEpoch(entry.change.time),
                                        QLocale::ShortFormat));
        row->setText(1, whatChanged(entry.change.kind));
        row->setText(2, entry.bundle ? keyDigits(*entry.bundle) : tr("no card"));
        row->setText(3, entry.bundle ? locale.toString(entry.bundle->devices.size()) : QString());
        row->setData(0, Qt::UserRole, qulonglong(entry.change.version));
    }
}

} // namespace cardinal::ui
