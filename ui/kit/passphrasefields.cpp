// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kit/passphrasefields.h"

#include "client/profilesetup.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cardinal::ui {

namespace {

// Rough bits of a random string over the character classes present. Real passphrases are
// not random, so the thresholds are generous and only steer people away from the obvious.
double estimatedBits(const QString &text)
{
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : text) {
        distinct.insert(c);
        if (c.unicode() > 0x7f)
            other = true;
        else if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            symbol = true;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) +
                     (other ? 100 : 0);
    if (pool == 0)
        return 0;
    // "aaaaaaaaaaaa" is not twelve characters' worth: count repeats for little.
    const qsizetype effective = std::min(text.size(), 2 * distinct.size());
    return double(effective) * std::log2(double(pool));
}

} // namespace

PassphraseFields::PassphraseFields(QWidget *parent)
    : QWidget(parent), m_passphraseLabel(new QLabel(this)), m_confirmLabel(new QLabel(this)),
      m_passphrase(new QLineEdit(this)), m_confirm(new QLineEdit(this)),
      m_meter(new QProgressBar(this)), m_strength(new QLabel(this)), m_mismatch(new QLabel(this))
{
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_confirm->setObjectName(QStringLiteral("passphraseConfirmEdit"));
    m_meter->setObjectName(QStringLiteral("passphraseMeter"));
    m_strength->setObjectName(QStringLiteral("passphraseStrength"));
    m_mismatch->setObjectName(QStringLiteral("passphraseMismatch"));

    for (QLineEdit *edit : {m_passphrase, m_confirm}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                  Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
        connect(edit, &QLineEdit::textChanged, this, [this] {
            refreshHint();
            Q_EMIT changed();
        });
    }
    m_passphraseLabel->setBuddy(m_passphrase);
    m_confirmLabel->setBuddy(m_confirm);

    m_meter->setRange(0, int(Strength::Strong));
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(6);
    m_meter->setFocusPolicy(Qt::NoFocus);
    m_strength->setWordWrap(true);
    m_mismatch->setWordWrap(true);
    m_mismatch->setForegroundRole(QPalette::PlaceholderText);

    auto *hint = new QVBoxLayout;
    hint->setContentsMargins(0, 0, 0, 0);
    hint->setSpacing(4);
    hint->addWidget(m_meter);
    hint->addWidget(m_strength);
    hint->addWidget(m_mismatch);

    // Labels above their fields, as on every other onboarding page; the hints keep their
    // room while hidden, so nothing below them moves as they come and go.
    for (QWidget *line : std::initializer_list<QWidget *>{m_meter, m_strength, m_mismatch}) {
        QSizePolicy policy = line->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        line->setSizePolicy(policy);
    }
    auto *form = new QVBoxLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setSpacing(4);
    form->addWidget(m_passphraseLabel);
    form->addWidget(m_passphrase);
    form->addSpacing(6);
    form->addWidget(m_confirmLabel);
    form->addWidget(m_confirm);
    form->addLayout(hint);

    setFocusProxy(m_passphrase);
    setTabOrder(m_passphrase, m_confirm);
    retranslate();
    refreshHint();
}

bool PassphraseFields::isAcceptable() const
{
    return m_passphrase->text().size() >= client::MinPassphraseLength &&
           m_passphrase->text() == m_confirm->text();
}

crypto::SecureBuffer PassphraseFields::passphrase() const
{
    return crypto::SecureBuffer::fromUtf8(m_passphrase->text());
}

void PassphraseFields::clear()
{
    m_passphrase->clear();
    m_confirm->clear();
}

PassphraseFields::Strength PassphraseFields::rate(const QString &passphrase)
{
    if (passphrase.size() < client::MinPassphraseLength)
        return Strength::TooShort;
    const double bits = estimatedBits(passphrase);
    if (bits < 40)
        return Strength::Weak;
    if (bits < 60)
        return Strength::Fair;
    if (bits < 80)
        return Strength::Good;
    return Strength::Strong;
}

QString PassphraseFields::describe(Strength strength)
{
    switch (strength) {
    case Strength::TooShort:
        return tr("Too short: use at least %n characters.", nullptr,
                  int(client::MinPassphraseLength));
    case Strength::Weak:
        return tr("Weak: longer is better, a few unrelated words work well.");
    case Strength::Fair:
        return tr("Fair: a few more characters would help.");
    case Strength::Good:
        return tr("Good.");
    case Strength::Strong:
        return tr("Strong.");
    }
    return {};
}

void PassphraseFields::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshHint();
    }
    QWidget::changeEvent(event);
}

void PassphraseFields::refreshHint()
{
    const QString text = m_passphrase->text();
    const Strength strength = rate(text);
    m_meter->setValue(int(strength));
    m_strength->setText(text.isEmpty() ? QString() : describe(strength));
    const bool mismatch = !m_confirm->text().isEmpty() && m_confirm->text() != text;
    m_mismatch->setText(mismatch ? tr("The two passphrases do not match yet.") : QString());
    m_mismatch->setVisible(mismatch);
    m_meter->setAccessibleDescription(m_strength->text());
}

void PassphraseFields::retranslate()
{
    m_passphraseLabel->setText(tr("&Passphrase"));
    m_confirmLabel->setText(tr("&Repeat it"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_confirm->setAccessibleName(tr("Repeat passphrase"));
    m_meter->setAccessibleName(tr("Passphrase strength"));
    m_strength->setAccessibleName(tr("Passphrase strength"));
    m_mismatch->setAccessibleName(tr("Passphrase mismatch"));
}

} // namespace cardinal::ui
