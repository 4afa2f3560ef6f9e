// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/transparencyalertbanner.h"

#include "ui/kit/icons.h"
#include "ui/kit/namestyle.h"
#include "ui/kit/tones.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cardinal::ui {

namespace {

QString dateText(qint64 msSinceEpoch)
{
    // Day, month and year, without the weekday a long format adds in most languages.
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).date(),
                              QStringLiteral("d MMMM yyyy"));
}

} // namespace

TransparencyAlertBanner::TransparencyAlertBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_export(new QPushButton(tr("&Export evidence…"), this))
    , m_dismiss(new QPushButton(tr("&Dismiss"), this))
{
    setObjectName(QStringLiteral("transparencyAlertBanner"));
    setAccessibleName(tr("Key transparency alert"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window,
                    NameStyle::mix(tinted.color(QPalette::Window), Tones::danger(), 0.28));
    setPalette(tinted);

    m_icon->setPixmap(Icons::icon(u"shield-alert", Tones::danger()).pixmap(28, 28));
    m_icon->setAlignment(Qt::AlignTop);
    m_title->setObjectName(QStringLiteral("transparencyAlertTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setObjectName(QStringLiteral("transparencyAlertText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("exportEvidenceButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissAlertButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_dismiss);
    auto *column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addWidget(m_text);
    column->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addWidget(m_icon);
    layout->addLayout(column, 1);

    connect(m_export, &QPushButton::clicked, this, &TransparencyAlertBanner::exportRequested);
    connect(m_dismiss, &QPushButton::clicked, this,
            [this] { Q_EMIT dismissRequested(m_shown); });
    hide();
}

void TransparencyAlertBanner::setAlerts(const QList<client::KtEvidence> &evidence)
{
    QList<client::KtEvidence> open;
    for (const client::KtEvidence &piece : evidence) {
        if (piece.open)
            open.append(piece);
    }
    m_shown.clear();
    for (const client::KtEvidence &piece : std::as_const(open))
        m_shown.append(piece.id);
    if (open.isEmpty()) {
        hide();
        return;
    }
    // The most serious first: a key for our own address, then anything else.
    const auto foreign = std::find_if(open.cbegin(), open.cend(), [](const auto &piece) {
        return piece.kind == client::KtEvidence::Kind::ForeignKey;
    });
    const client::KtEvidence &first = foreign != open.cend() ? *foreign : open.last();
    if (first.kind == client::KtEvidence::Kind::ForeignKey) {
        m_title->setText(tr("A key you did not create was published for your address on %1.")
                             .arg(dateText(first.foundAtMs)));
        m_text->setText(
            tr("Someone, possibly the server's operator, can now receive messages sent to "
               "%1. Tell your contacts through another channel, compare safety numbers with "
               "them again, and keep the evidence: it is signed by the server.")
                .arg(first.subject));
    } else if (first.kind == client::KtEvidence::Kind::SplitView && !first.subject.isEmpty()) {
        // Caught through a contact's message: name both the server and the contact.
        m_title->setText(tr("The server %1 shows %2 a different key directory than it shows "
                            "you (%3).")
                             .arg(first.server, first.subject, dateText(first.foundAtMs)));
        m_text->setText(tr("Whoever controls the server may be reading messages between you "
                           "and %1, or between either of you and others. Compare safety "
                           "numbers with %1 in person or by phone, and keep the evidence: "
                           "both directories are signed by the server.")
                            .arg(first.subject));
    } else {
        m_title->setText(tr("The server %1 showed a key directory that contradicts what it "
                            "showed before (%2).")
                             .arg(first.server, dateText(first.foundAtMs)));
        m_text->setText(tr("It may be showing different keys to different people. Compare "
                           "safety numbers with your contacts before you trust new keys, and "
                           "keep the evidence: it is signed by the server."));
    }
    if (open.size() > 1)
        m_text->setText(m_text->text() + u' ' +
                        tr("%n alert(s) in all.", nullptr, int(open.size())));
    show();
}

} // namespace cardinal::ui
