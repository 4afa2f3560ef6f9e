// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/accountdialog.h"

#include "client/messenger.h"
#include "ui/dialogs/changepassphrasedialog.h"
#include "ui/dialogs/keybackupdialog.h"
#include "ui/kit/icons.h"
#include "ui/kit/inlineerror.h"
#include "ui/kit/wording.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace cardinal::ui {

namespace {
// Eight hex digits tell one's own few devices apart.
QString shortId(const protocol::DeviceId &id)
{
    return QString::fromLatin1(id.toByteArray().toHex().left(8));
}

QLabel *selectable(QLabel *label)
{
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}
} // namespace

AccountDialog::AccountDialog(client::Messenger &messenger, QWidget *parent)
    : QDialog(parent), m_messenger(messenger), m_devices(new QWidget(this)),
      m_deviceRows(new QVBoxLayout(m_devices)), m_devicesStatus(new QLabel(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(tr("Your account"));
    auto *identity = selectable(new QLabel(m_messenger.identity(), this));
    identity->setObjectName(QStringLiteral("accountIdentity"));
    identity->setAccessibleName(tr("Your address"));
    QFont big = identity->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    identity->setFont(big);

    auto *device = selectable(new QLabel(
        tr("%1 · %2").arg(m_messenger.deviceLabel(), shortId(m_messenger.deviceId())),
        this));
    device->setObjectName(QStringLiteral("accountDevice"));
    device->setAccessibleName(tr("This device"));

    auto *fingerprint = selectable(new QLabel(m_messenger.identityFingerprint(), this));
    fingerprint->setObjectName(QStringLiteral("accountFingerprint"));
    fingerprint->setAccessibleName(tr("Identity key fingerprint"));
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprint->setToolTip(tr("Your identity key. Contacts compare safety numbers made from "
                               "it; it stays the same on all your devices."));

    auto *form = new QFormLayout;
    form->addRow(tr("This device:"), device);
    form->addRow(tr("Identity key:"), fingerprint);

    auto *devicesBox = new QGroupBox(tr("Your devices"), this);
    m_devices->setObjectName(QStringLiteral("devicesList"));
    m_devices->setAccessibleName(tr("Your devices"));
    m_deviceRows->setContentsMargins(0, 0, 0, 0);
    m_devicesStatus->setObjectName(QStringLiteral("devicesStatus"));
    m_devicesStatus->setWordWrap(true);
    auto *devicesLayout = new QVBoxLayout(devicesBox);
    devicesLayout->addWidget(m_devices);
    devicesLayout->addWidget(m_devicesStatus);

    auto *exportButton = new QPushButton(Icons::icon(u"export"), tr("&Export public card…"), this);
    exportButton->setObjectName(QStringLiteral("exportCardButton"));
    exportButton->setAccessibleName(tr("Export public card"));
    exportButton->setToolTip(tr("Save your public card to a file, for someone to compare "
                                "safety numbers with you without a server."));
    auto *backupButton = new QPushButton(Icons::icon(u"key"), tr("&Back up key…"), this);
    backupButton->setObjectName(QStringLiteral("backupKeyButton"));
    backupButton->setAccessibleName(tr("Back up key"));
    auto *passphraseButton = new QPushButton(Icons::icon(u"lock"), tr("Change &passphrase…"), this);
    passphraseButton->setObjectName(QStringLiteral("changePassphraseButton"));
    passphraseButton->setAccessibleName(tr("Change passphrase"));
    auto *chores = new QHBoxLayout;
    chores->addWidget(exportButton);
    chores->addWidget(backupButton);
    chores->addWidget(passphraseButton);
    chores->addStretch();

    m_status->setObjectName(QStringLiteral("accountStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(identity);
    layout->addLayout(form);
    layout->addWidget(devicesBox);
    layout->addLayout(chores);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    // Width through the layout, not setMinimumWidth() on the dialog: an explicit minimum
    // size stops the layout from growing the dialog when the device rows arrive.
    m_devices->setMinimumWidth(440);

    connect(exportButton, &QPushButton::clicked, this, &AccountDialog::exportCard);
    connect(backupButton, &QPushButton::clicked, this, &AccountDialog::backUpKey);
    connect(passphraseButton, &QPushButton::clicked, this, &AccountDialog::changePassphrase);
    reloadDevices();
}

void AccountDialog::reloadDevices()
{
    m_devicesStatus->setText(tr("Asking the server for your devices…"));
    m_devicesStatus->show();
    const quint64 request = ++m_request;
    m_messenger.devices(this, [this, request](Result<QList<protocol::DeviceRecord>> devices) {
        devicesArrived(request, devices);
    });
}

void AccountDialog::devicesArrived(quint64 request,
                                   const Result<QList<protocol::DeviceRecord>> &devices)
{
    if (request != m_request)
        return;
    if (!devices) {
        m_devicesStatus->setText(Wording::error(devices.error()));
        return;
    }
    showDevices(*devices);
}

void AccountDialog::showDevices(const QList<protocol::DeviceRecord> &devices)
{
    while (QLayoutItem *item = m_deviceRows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const protocol::DeviceId self = m_messenger.deviceId();
    for (const protocol::DeviceRecord &record : devices) {
        const auto &content = record.content();
        auto *row = new QWidget(m_devices);
        row->setObjectName(QStringLiteral("deviceRow"));
        row->setProperty("deviceId", QString::fromLatin1(content.deviceId.toByteArray().toHex()));
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 2, 0, 2);
        auto *icon = new QLabel(row);
        icon->setPixmap(Icons::icon(u"device").pixmap(20, 20));
        const QString added = Wording::dateTime(QDateTime::fromSecsSinceEpoch(content.createdAt));
        const bool thisDevice = content.deviceId == self;
        auto *text = new QLabel(
            thisDevice
                ? tr("%1 · %2 · added %3 (this device)")
                      .arg(content.label, shortId(content.deviceId), added)
                : tr("%1 · %2 · added %3").arg(content.label, shortId(content.deviceId), added),
            row);
        text->setObjectName(QStringLiteral("deviceLabel"));
        rowLayout->addWidget(icon);
        rowLayout->addWidget(text, 1);
        if (!thisDevice) {
            auto *revokeButton = new QPushButton(tr("Revoke"), row);
            revokeButton->setObjectName(QStringLiteral("revokeDeviceButton"));
            revokeButton->setAccessibleName(tr("Revoke %1").arg(content.label));
            const protocol::DeviceId id = content.deviceId;
            const QString label = content.label;
            connect(revokeButton, &QPushButton::clicked, this,
                    [this, id, label] { confirmRevoke(id, label); });
            rowLayout->addWidget(revokeButton);
        }
        m_deviceRows->addWidget(row);
        // Shown now, not when the layout gets round to it, so adjustSize() below counts it.
        row->show();
    }
    m_devicesStatus->setVisible(devices.size() <= 1);
    m_devicesStatus->setText(devices.size() <= 1
                                 ? tr("Only this device uses your account. Back up your key to "
                                      "add another one.")
                                 : QString());
    // Rows arrived after the dialog was laid out: fit it to them, the wrapped note included.
    adjustSize();
    if (layout()->hasHeightForWidth())
        resize(width(), qMax(height(), layout()->totalHeightForWidth(width())));
    Q_EMIT devicesLoaded();
}

void AccountDialog::confirmRevoke(const protocol::DeviceId &device, const QString &label)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Revoke device"),
                                tr("Revoke “%1”?").arg(label), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("revokeConfirm"));
    box->setInformativeText(tr("It will get no more messages, and it cannot be brought back: "
                               "to use it again, restore your key backup on it."));
    box->addButton(tr("Revoke"), QMessageBox::DestructiveRole)
        ->setObjectName(QStringLiteral("revokeConfirmButton"));
    box->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, device](QAbstractButton *button) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            revoke(device);
    });
    box->open();
}

void AccountDialog::revoke(const protocol::DeviceId &device)
{
    m_messenger.revokeDevice(device, this, [this](Result<void> outcome) {
        revoked(outcome);
    });
}

void AccountDialog::revoked(const Result<void> &outcome)
{
    if (!outcome)
        return setStatus(Wording::error(outcome.error()));
    setStatus(tr("The device was revoked."));
    reloadDevices();
}

Result<void> AccountDialog::writeCard(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::IoError, file.errorString());
    const QByteArray card = m_messenger.exportCard();
    if (file.write(card) != card.size() || !file.commit())
        return fail(ErrorCode::IoError, file.errorString());
    return {};
}

void AccountDialog::exportCard()
{
    auto *dialog = new QFileDialog(this, tr("Export public card"), QDir::homePath());
    dialog->setObjectName(QStringLiteral("exportCardFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(tr("Cardinal cards (*.card);;All files (*)"));
    dialog->setDefaultSuffix(QStringLiteral("card"));
    dialog->selectFile(m_messenger.identity() + QStringLiteral(".card"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const auto written = writeCard(path);
        setStatus(written
                      ? tr("Your public card was saved to %1.").arg(QDir::toNativeSeparators(path))
                      : Wording::error(written.error()));
    });
    dialog->open();
}

void AccountDialog::backUpKey()
{
    auto *dialog = new KeyBackupDialog(m_messenger, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        setStatus(tr("Your key is backed up. To use your account on a new device, choose "
                     "“Restore” there and enter the backup passphrase."));
    });
    dialog->open();
}

void AccountDialog::changePassphrase()
{
    auto *dialog = new ChangePassphraseDialog(m_messenger, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { setStatus(tr("Your passphrase was changed. Use the new one from now on.")); });
    dialog->open();
}

void AccountDialog::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    fitDialogToContents(this);
}

} // namespace cardinal::ui
