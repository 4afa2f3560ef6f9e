// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/onboarding/onboardingcard.h"

#include "ui/kit/icons.h"
#include "ui/kit/tones.h"
#include "ui/kit/inlineerror.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace cardinal::ui {

namespace {
constexpr int CornerRadius = 12;
constexpr int Padding = 32;
} // namespace

OnboardingCard::OnboardingCard(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_title(new QLabel(this)),
      m_explanation(new QLabel(this)), m_body(new QWidget(this)), m_buttonRow(new QWidget(this)),
      m_content(new QVBoxLayout(m_body)), m_status(new QWidget(this)),
      m_error(new InlineError(m_status)), m_progress(new QWidget(m_status)),
      m_progressText(new QLabel(m_progress)),
      m_buttons(new QHBoxLayout(m_buttonRow)), m_back(new QPushButton(m_buttonRow)),
      m_primary(new QPushButton(m_buttonRow))
{
    setMaximumWidth(MaxWidth);
    setMinimumWidth(300);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);

    m_icon->setPixmap(Icons::appIcon().pixmap(IconSize, IconSize));
    m_icon->setAlignment(Qt::AlignHCenter);
    m_icon->setAccessibleName(QStringLiteral("Cardinal"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("onboardingTitle"));

    m_explanation->setAlignment(Qt::AlignHCenter);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setObjectName(QStringLiteral("onboardingExplanation"));

    m_content->setContentsMargins(0, 0, 0, 0);
    m_buttons->setContentsMargins(0, 0, 0, 0);

    m_progress->setObjectName(QStringLiteral("onboardingProgress"));
    m_progressText->setWordWrap(true);
    m_progressText->setForegroundRole(QPalette::PlaceholderText);
    auto *bar = new QProgressBar(m_progress);
    bar->setRange(0, 0); // no known end: it moves
    bar->setTextVisible(false);
    bar->setMaximumHeight(6);
    auto *progressLayout = new QVBoxLayout(m_progress);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->setSpacing(4);
    progressLayout->addWidget(m_progressText);
    progressLayout->addWidget(bar);
    m_progress->hide();
    auto *statusLayout = new QVBoxLayout(m_status);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->setSpacing(0);
    statusLayout->addWidget(m_error);
    statusLayout->addWidget(m_progress);
    statusLayout->addStretch(1);
    m_status->setMinimumHeight(2 * fontMetrics().lineSpacing() + 4);

    // Outside a dialog a push button ignores Enter; this one keeps it, so Enter on a focused
    // Back goes back instead of reaching the card and moving forward.
    m_back->setAutoDefault(true);
    m_back->setVisible(false);
    retranslate();
    m_primary->setDefault(true);
    m_buttons->addWidget(m_back);
    m_buttons->addStretch(1);
    m_buttons->addWidget(m_primary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Padding, Padding, Padding, Padding);
    layout->setSpacing(12);
    layout->addWidget(m_icon);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addSpacing(8);
    layout->addWidget(m_body);
    layout->addWidget(m_status);
    layout->addSpacing(8);
    layout->addWidget(m_buttonRow);
}

void OnboardingCard::centre(QWidget *host, OnboardingCard *card)
{
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 100);
    row->addStretch(1);
    auto *column = new QVBoxLayout(host);
    column->addStretch(1);
    column->addLayout(row);
    column->addStretch(1);
}

void OnboardingCard::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setAccessibleName(title);
}

void OnboardingCard::setExplanation(const QString &text)
{
    m_explanation->setText(text);
    m_explanation->setVisible(!text.isEmpty());
}

void OnboardingCard::setBackVisible(bool visible)
{
    m_back->setVisible(visible);
}

void OnboardingCard::addSecondaryButton(QPushButton *button)
{
    button->setParent(m_buttonRow);
    button->setAutoDefault(true);
    m_buttons->insertWidget(m_buttons->indexOf(m_primary), button);
}

void OnboardingCard::showError(const QString &text)
{
    m_error->showError(text);
}

void OnboardingCard::clearError()
{
    m_error->clearError();
}

void OnboardingCard::setProgress(const QString &text)
{
    m_progressText->setText(text);
    m_progress->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        m_error->clearError();
}

void OnboardingCard::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    if (busy) {
        QWidget *focused = QApplication::focusWidget();
        m_focusBeforeBusy = focused && isAncestorOf(focused) ? focused : nullptr;
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    // Disabling the containers keeps each control's own enabled state for afterwards.
    m_body->setEnabled(!busy);
    m_buttonRow->setEnabled(!busy);
    QWidget *previous = m_focusBeforeBusy.data();
    if (!busy && previous && previous->isEnabled())
        previous->setFocus();
}

void OnboardingCard::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        if (!m_busy && m_primary->isVisible() && m_primary->isEnabled())
            m_primary->click();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void OnboardingCard::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void OnboardingCard::retranslate()
{
    m_back->setText(tr("&Back"));
    m_back->setAccessibleName(tr("Back"));
}

void OnboardingCard::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    // Painted rather than styled with a style sheet, which would switch every control
    // inside to the style sheet style.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), CornerRadius, CornerRadius);
    // Light palettes: a white card. Dark ones: a raised card, so the input fields (Base,
    // the darkest shade there) still read as fields on it.
    painter.fillPath(path, palette().color(Tones::isDark(palette()) ? QPalette::AlternateBase
                                                                     : QPalette::Base));
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawPath(path);
}

} // namespace cardinal::ui
