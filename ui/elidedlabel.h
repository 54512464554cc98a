#pragma once

#include <QLabel>

namespace simwatch {

// A one-line plain-text label that shortens its text with "…" instead of growing the window
// when the text is long (server names can be anything). text() stays the full text, which is
// also the tooltip while it is shortened.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace simwatch
