// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/verifydialog.h"

#include "ui/dialogs/keyhistorydialog.h"
#include "ui/dialogs/safetynumberqr.h"
#include "ui/kit/icons.h"
#include "ui/kit/inlineerror.h"
#include "ui/kit/wording.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cardinal::ui {

namespace {
constexpr int GroupsPerRow = 4;

QString iconFor(client::TrustState state)
{
    switch (state) {
    case client::TrustState::Verified:
        return QStringLiteral("shield-check");
    case client::TrustState::Changed:
        return QStringLiteral("shield-alert");
    case client::TrustState::Revoked:
        return QStringLiteral("shield-off");
    case client::TrustState::Unverified:
        break;
    }
    return QStringLiteral("shield");
}

// Three rows of four groups: short enough to read aloud a row at a time.
QString gridText(const QStringList &groups)
{
    QStringList rows;
    for (qsizetype i = 0; i < groups.size(); i += GroupsPerRow)
        rows.append(groups.mid(i, GroupsPerRow).join(u' '));
    return rows.join(u'\n');
}
} // namespace

VerifyDialog::VerifyDialog(client::Messenger &messenger, const QString &identity, QWidget *parent)
    : QDialog(parent), m_messenger(messenger), m_identity(identity.trimmed()),
      m_stateIcon(new QLabel(this)), m_state(new QLabel(this)), m_explanation(new QLabel(this)),
      m_instructions(new QLabel(this)), m_digits(new QLabel(this)), m_qr(new SafetyNumberQr(this)),
      m_changedNote(new QLabel(this)), m_error(new InlineError(this)),
      m_copy(new QPushButton(Icons::icon(u"copy"), tr("C&opy digits"), this)),
      m_mark(new QPushButton(Icons::icon(u"shield-check"), tr("&Mark as verified"), this)),
      m_clear(new QPushButton(tr("C&lear verification"), this))
{
    setObjectName(QStringLiteral("verifyDialog"));
    setWindowTitle(tr("Verify %1").arg(m_identity));

    m_stateIcon->setObjectName(QStringLiteral("trustStateIcon"));
    m_state->setObjectName(QStringLiteral("trustStateLabel"));
    m_explanation->setObjectName(QStringLiteral("trustExplanationLabel"));
    m_instructions->setObjectName(QStringLiteral("verifyInstructions"));
    m_digits->setObjectName(QStringLiteral("safetyNumberLabel"));
    m_qr->setObjectName(QStringLiteral("safetyNumberQr"));
    m_changedNote->setObjectName(QStringLiteral("changedKeyNote"));
    m_error->setObjectName(QStringLiteral("verifyError"));
    m_copy->setObjectName(QStringLiteral("copyDigitsButton"));
    m_mark->setObjectName(QStringLiteral("markVerifiedButton"));
    m_clear->setObjectName(QStringLiteral("clearVerificationButton"));

    m_state->setAccessibleName(tr("Trust state"));
    m_explanation->setAccessibleName(tr("What the trust state means"));
    m_digits->setAccessibleName(tr("Safety number"));
    m_qr->setAccessibleName(tr("Safety number as a QR code"));
    m_copy->setAccessibleName(tr("Copy digits"));
    m_mark->setAccessibleName(tr("Mark as verified"));
    m_clear->setAccessibleName(tr("Clear verification"));

    QFont stateFont = m_state->font();
    stateFont.setBold(true);
    m_state->setFont(stateFont);
    for (QLabel *label : {m_explanation, m_instructions, m_changedNote})
        label->setWordWrap(true);
    m_instructions->setText(
        tr("Meet or call %1. Compare these numbers with the ones on their screen, or scan "
           "their code. If they match, nobody is in the middle.")
            .arg(m_identity));
    m_changedNote->setText(
        tr("%1 has a new key. Marking as verified accepts the new key, and messages held "
           "for them are sent.")
            .arg(m_identity));

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    m_digits->setFont(mono);
    m_digits->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_digits->setAlignment(Qt::AlignCenter);
    m_digits->setMargin(12);
    m_digits->setBackgroundRole(QPalette::AlternateBase);
    m_digits->setAutoFillBackground(true);
    m_qr->setMinimumSize(180, 180);

    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_stateIcon, 0, Qt::AlignTop);
    auto *stateText = new QVBoxLayout;
    stateText->addWidget(m_state);
    stateText->addWidget(m_explanation);
    stateRow->addLayout(stateText, 1);

    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_digits, 1);
    numberRow->addWidget(m_qr);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("verifyButtons"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    buttons->addButton(m_clear, QDialogButtonBox::ResetRole);
    buttons->addButton(m_mark, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *history = new QPushButton(tr("Key &history…"), this);
    history->setObjectName(QStringLiteral("keyHistoryButton"));
    history->setToolTip(tr("Every key the server's public log holds for %1").arg(identity));
    connect(history, &QPushButton::clicked, this, [this] {
        auto *dialog = new KeyHistoryDialog(m_messenger, m_identity, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(history);
    copyRow->addStretch();
    copyRow->addWidget(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(stateRow);
    layout->addWidget(m_instructions);
    layout->addLayout(numberRow);
    layout->addLayout(copyRow);
    layout->addWidget(m_changedNote);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_copy, &QPushButton::clicked, this, &VerifyDialog::copyDigits);
    connect(m_mark, &QPushButton::clicked, this, &VerifyDialog::markVerified);
    connect(m_clear, &QPushButton::clicked, this, &VerifyDialog::clearVerification);
    connect(&m_messenger, &client::Messenger::contactChanged, this, [this](const QString &changed) {
        if (changed == m_identity)
            reload();
    });

    setTabOrder(m_copy, m_mark);
    setTabOrder(m_mark, m_clear);
    reload();
    m_mark->setFocus();
}

void VerifyDialog::reload()
{
    m_error->clearError();
    const auto contact = m_messenger.contact(m_identity);
    if (!contact || !*contact) {
        m_number.reset();
        m_digits->clear();
        m_qr->setPayload({});
        m_stateIcon->clear();
        m_state->clear();
        m_explanation->clear();
        m_changedNote->hide();
        m_mark->setEnabled(false);
        m_clear->setEnabled(false);
        m_copy->setEnabled(false);
        m_error->showError(contact ? tr("%1 is not among your contacts yet.").arg(m_identity)
                          : Wording::error(contact.error()));
        return;
    }
    // From here on the canonical form, as the trust store keeps it.
    m_identity = (*contact)->identity;
    const client::TrustState state = (*contact)->state;
    m_stateIcon->setPixmap(Icons::icon(iconFor(state)).pixmap(32, 32));
    m_state->setText(Wording::trustState(state));
    m_explanation->setText(Wording::trustExplanation(state));
    m_changedNote->setVisible(state == client::TrustState::Changed);

    auto number = m_messenger.safetyNumber(m_identity);
    if (number) {
        m_number = *number;
        m_digits->setText(gridText(number->groups()));
        m_digits->setAccessibleDescription(number->displayText());
        m_qr->setPayload(number->qrPayload());
    } else {
        m_number.reset();
        m_digits->clear();
        m_qr->setPayload({});
        m_error->showError(Wording::error(number.error()));
    }
    m_copy->setEnabled(m_number.has_value());
    m_mark->setEnabled(m_number.has_value() && (state == client::TrustState::Unverified ||
                                                state == client::TrustState::Changed));
    m_clear->setEnabled(state == client::TrustState::Verified);
}

void VerifyDialog::markVerified()
{
    if (auto ok = m_messenger.markVerified(m_identity); !ok) {
        reload();
        m_error->showError(Wording::error(ok.error()));
        return;
    }
    reload();
    Q_EMIT trustChanged(m_identity);
}

void VerifyDialog::clearVerification()
{
    if (auto ok = m_messenger.clearVerification(m_identity); !ok) {
        reload();
        m_error->showError(Wording::error(ok.error()));
        return;
    }
    reload();
    Q_EMIT trustChanged(m_identity);
}

void VerifyDialog::copyDigits()
{
    if (m_number)
        QGuiApplication::clipboard()->setText(m_number->displayText());
}

} // namespace cardinal::ui
