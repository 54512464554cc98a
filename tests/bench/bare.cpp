// simwatch-bench-bare: the reference for the start-up benchmark. A bare Qt Widgets window
// (QApplication + QMainWindow shown) with what SimWatch cannot start without: one Qt Charts pie
// (a QChartView with a QPieSeries of three slices), as the app's sentiment card has. It prints a
// mark when the pie is first painted, then quits.

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QMainWindow>
#include <QPieSeries>
#include <QTimer>

#include <cstdio>

namespace {

struct FirstPaint : QObject
{
    QWidget *target = nullptr; // the chart view's viewport: the pie is on screen

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched == target) {
            QCoreApplication::instance()->removeEventFilter(this);
            std::fputs("bare-window-shown\n", stdout);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    FirstPaint mark;
    app.installEventFilter(&mark);
    QMainWindow window;
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    auto *series = new QPieSeries(chart);
    series->setHoleSize(0.42);
    series->append(QStringLiteral("Positive"), 5);
    series->append(QStringLiteral("Negative"), 2);
    series->append(QStringLiteral("Neutral"), 1);
    chart->addSeries(series);
    auto *view = new QChartView(chart, &window);
    view->setRenderHint(QPainter::Antialiasing);
    mark.target = view->viewport();
    window.setCentralWidget(view);
    window.resize(1280, 820);
    window.show();
    return QApplication::exec();
}
