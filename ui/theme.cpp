#include "theme.h"

#include "sentimentslices.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QLabel>
#include <QPalette>

namespace simwatch {

namespace theme {

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal t = qBound(0.0, amountOfB, 1.0);
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QColor borderColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.13);
}

QColor secondaryTextColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.42);
}

QColor trackColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::WindowText), 0.09);
}

QColor warningColor()
{
    return QColor(0x9a, 0x5b, 0x00); // amber, 5.4:1 on white
}

QColor accentColor()
{
    return QColor(0x3B, 0x7D, 0xDD);
}

QList<QColor> sentimentColors()
{
    QList<QColor> colors;
    for (int i = 0; i < report::SentimentSliceCount; ++i)
        colors.append(report::sentimentColor(report::SentimentSlice(i)));
    return colors;
}

namespace {

void setSecondaryColor(QLabel *label)
{
    QPalette palette = label->palette();
    const QColor secondary = secondaryTextColor(palette);
    palette.setColor(QPalette::WindowText, secondary);
    palette.setColor(QPalette::Text, secondary);
    label->setPalette(palette);
}

} // namespace

void wrapStackPageLabel(QLabel *label)
{
    label->setWordWrap(true);
    QSizePolicy policy = label->sizePolicy();
    policy.setHeightForWidth(false);
    label->setSizePolicy(policy);
}

void polishTree(QWidget *root)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        const QString name = label->objectName();
        if (name == QLatin1String("cardTitle")) {
            QFont f = label->font();
            f.setCapitalization(QFont::AllUppercase);
            f.setLetterSpacing(QFont::PercentageSpacing, 106);
            f.setPointSizeF(QApplication::font().pointSizeF() * 0.86);
            f.setWeight(QFont::DemiBold);
            label->setFont(f);
            setSecondaryColor(label);
        } else if (name == QLatin1String("emptyState")) {
            QFont f = label->font();
            f.setItalic(true);
            label->setFont(f);
            setSecondaryColor(label);
        } else if (name == QLatin1String("secondaryText")) {
            setSecondaryColor(label);
        }
    }
}

} // namespace theme

namespace {

// A short rounded grip in the middle of the gap: visible enough to be found (the user is meant
// to resize the transcript), quiet enough not to look like a rule; the accent colour under the
// mouse.
class QuietHandle : public QSplitterHandle
{
public:
    QuietHandle(Qt::Orientation orientation, QSplitter *parent)
        : QSplitterHandle(orientation, parent)
    {
        setAttribute(Qt::WA_Hover);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(underMouse() ? theme::accentColor() : theme::mix(palette().color(QPalette::Window), palette().color(QPalette::WindowText), 0.3));
        const QSizeF grip = orientation() == Qt::Horizontal ? QSizeF(4, 32) : QSizeF(32, 4);
        QRectF r(QPointF(0, 0), grip);
        r.moveCenter(QRectF(rect()).center());
        painter.drawRoundedRect(r, 2, 2);
    }

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::HoverEnter || event->type() == QEvent::HoverLeave)
            update();
        return QSplitterHandle::event(event);
    }
};

} // namespace

QSplitterHandle *QuietSplitter::createHandle()
{
    return new QuietHandle(orientation(), this);
}

} // namespace simwatch
