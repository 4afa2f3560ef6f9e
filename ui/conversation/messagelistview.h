// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

namespace cardinal::ui {

//! The list view of a timeline: pixel scrolling, one selectable message at a time, and
//! copying the selected message's text (Ctrl+C, or "Copy text" in its context menu).
//! A view that shows its newest row keeps showing it when it gets smaller (a banner or a
//! notice line above it appears, the composer grows).
class MessageListView : public QListView
{
    Q_OBJECT

public:
    explicit MessageListView(QWidget *parent = nullptr);

    //! Puts the current message's text on the clipboard; false when none is current.
    bool copyCurrent();
    //! Whether the view shows its newest row (within a few pixels of the bottom).
    [[nodiscard]] bool isAtBottom() const;
    //! Lays out pending rows now, so scroll positions can be computed.
    void layoutNow();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace cardinal::ui
