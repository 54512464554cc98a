#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace simwatch {

// A pane of the dashboard: a quiet rounded frame with a small heading ("cardTitle", see
// theme::polishTree). It paints its own background.
class Card : public QFrame
{
    Q_OBJECT

public:
    explicit Card(const QString &title, QWidget *parent = nullptr);

    QLabel *titleLabel() const { return m_title; }
    QVBoxLayout *contentLayout() const { return m_layout; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_title = nullptr;
    QVBoxLayout *m_layout = nullptr;
};

} // namespace simwatch
