# Generated from statistics_view.ui by tools/build_forms.py (pyside6-uic). Do not edit.

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_StatisticsView(object):
    def setupUi(self, StatisticsView):
        if not StatisticsView.objectName():
            StatisticsView.setObjectName(u"StatisticsView")
        StatisticsView.resize(1100, 760)
        self.layout = QVBoxLayout(StatisticsView)
        self.layout.setObjectName(u"layout")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.from_label = QLabel(StatisticsView)
        self.from_label.setObjectName(u"from_label")

        self.filters.addWidget(self.from_label)

        self.date_from = QDateEdit(StatisticsView)
        self.date_from.setObjectName(u"date_from")
        self.date_from.setCalendarPopup(True)
        self.date_from.setDisplayFormat(u"dd.MM.yyyy")

        self.filters.addWidget(self.date_from)

        self.to_label = QLabel(StatisticsView)
        self.to_label.setObjectName(u"to_label")

        self.filters.addWidget(self.to_label)

        self.date_to = QDateEdit(StatisticsView)
        self.date_to.setObjectName(u"date_to")
        self.date_to.setCalendarPopup(True)
        self.date_to.setDisplayFormat(u"dd.MM.yyyy")

        self.filters.addWidget(self.date_to)

        self.period_label = QLabel(StatisticsView)
        self.period_label.setObjectName(u"period_label")

        self.filters.addWidget(self.period_label)

        self.period = QComboBox(StatisticsView)
        self.period.setObjectName(u"period")

        self.filters.addWidget(self.period)

        self.matter_label = QLabel(StatisticsView)
        self.matter_label.setObjectName(u"matter_label")

        self.filters.addWidget(self.matter_label)

        self.matter = QComboBox(StatisticsView)
        self.matter.setObjectName(u"matter")
        self.matter.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.matter.setMinimumContentsLength(18)

        self.filters.addWidget(self.matter)

        self.language_label = QLabel(StatisticsView)
        self.language_label.setObjectName(u"language_label")

        self.filters.addWidget(self.language_label)

        self.language = QComboBox(StatisticsView)
        self.language.setObjectName(u"language")

        self.filters.addWidget(self.language)

        self.include_demo = QCheckBox(StatisticsView)
        self.include_demo.setObjectName(u"include_demo")

        self.filters.addWidget(self.include_demo)

        self.filters_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filters_spacer)


        self.layout.addLayout(self.filters)

        self.summary = QLabel(StatisticsView)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.tabs = QTabWidget(StatisticsView)
        self.tabs.setObjectName(u"tabs")
        self.charts_tab = QWidget()
        self.charts_tab.setObjectName(u"charts_tab")
        self.charts_layout = QVBoxLayout(self.charts_tab)
        self.charts_layout.setObjectName(u"charts_layout")
        self.charts_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.charts_tab, "")
        self.table_tab = QWidget()
        self.table_tab.setObjectName(u"table_tab")
        self.table_layout = QVBoxLayout(self.table_tab)
        self.table_layout.setObjectName(u"table_layout")
        self.table = QTableView(self.table_tab)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(False)

        self.table_layout.addWidget(self.table)

        self.tabs.addTab(self.table_tab, "")

        self.layout.addWidget(self.tabs)

        self.rule = QLabel(StatisticsView)
        self.rule.setObjectName(u"rule")
        self.rule.setWordWrap(True)

        self.layout.addWidget(self.rule)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.sync_button = QPushButton(StatisticsView)
        self.sync_button.setObjectName(u"sync_button")

        self.buttons.addWidget(self.sync_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttons_spacer)

        self.export_button = QPushButton(StatisticsView)
        self.export_button.setObjectName(u"export_button")

        self.buttons.addWidget(self.export_button)

        self.close_button = QPushButton(StatisticsView)
        self.close_button.setObjectName(u"close_button")

        self.buttons.addWidget(self.close_button)


        self.layout.addLayout(self.buttons)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.from_label.setBuddy(self.date_from)
        self.to_label.setBuddy(self.date_to)
        self.period_label.setBuddy(self.period)
        self.matter_label.setBuddy(self.matter)
        self.language_label.setBuddy(self.language)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date_from, self.date_to)
        QWidget.setTabOrder(self.date_to, self.period)
        QWidget.setTabOrder(self.period, self.matter)
        QWidget.setTabOrder(self.matter, self.language)
        QWidget.setTabOrder(self.language, self.include_demo)
        QWidget.setTabOrder(self.include_demo, self.tabs)
        QWidget.setTabOrder(self.tabs, self.table)
        QWidget.setTabOrder(self.table, self.sync_button)
        QWidget.setTabOrder(self.sync_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.close_button)

        self.retranslateUi(StatisticsView)
    # setupUi

    def retranslateUi(self, StatisticsView):
        StatisticsView.setWindowTitle(QCoreApplication.translate("StatisticsView", u"Statistik (anonym)", None))
#if QT_CONFIG(accessibility)
        StatisticsView.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Anonyme Statistik", None))
#endif // QT_CONFIG(accessibility)
        self.from_label.setText(QCoreApplication.translate("StatisticsView", u"&Von:", None))
#if QT_CONFIG(accessibility)
        self.date_from.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Beginn des Zeitraums", None))
#endif // QT_CONFIG(accessibility)
        self.to_label.setText(QCoreApplication.translate("StatisticsView", u"&Bis:", None))
#if QT_CONFIG(accessibility)
        self.date_to.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Ende des Zeitraums", None))
#endif // QT_CONFIG(accessibility)
        self.period_label.setText(QCoreApplication.translate("StatisticsView", u"&Einteilung:", None))
#if QT_CONFIG(accessibility)
        self.period.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Einteilung nach Woche oder Monat", None))
#endif // QT_CONFIG(accessibility)
        self.matter_label.setText(QCoreApplication.translate("StatisticsView", u"&Anliegen:", None))
#if QT_CONFIG(accessibility)
        self.matter.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Nur dieses Anliegen", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("StatisticsView", u"S&prache:", None))
#if QT_CONFIG(accessibility)
        self.language.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Nur diese Sprache der Kundinnen und Kunden", None))
#endif // QT_CONFIG(accessibility)
        self.include_demo.setText(QCoreApplication.translate("StatisticsView", u"&Demo-Daten einbeziehen", None))
#if QT_CONFIG(accessibility)
        self.include_demo.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Fiktive Demo-Gespr\u00e4che mitz\u00e4hlen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("StatisticsView", u"\u00dcberblick \u00fcber die ausgew\u00e4hlten Gespr\u00e4che", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.charts_tab), QCoreApplication.translate("StatisticsView", u"Dia&gramme", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Statistik als Tabelle", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.table_tab), QCoreApplication.translate("StatisticsView", u"&Tabelle", None))
#if QT_CONFIG(accessibility)
        self.rule.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Hinweis zum Datenschutz", None))
#endif // QT_CONFIG(accessibility)
        self.sync_button.setText(QCoreApplication.translate("StatisticsView", u"&Mit anderen PCs abgleichen", None))
#if QT_CONFIG(accessibility)
        self.sync_button.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Statistik \u00fcber den Austauschordner mit anderen PCs abgleichen", None))
#endif // QT_CONFIG(accessibility)
        self.export_button.setText(QCoreApplication.translate("StatisticsView", u"&CSV exportieren \u2026", None))
#if QT_CONFIG(accessibility)
        self.export_button.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Statistik als CSV-Datei exportieren", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("StatisticsView", u"&Schlie\u00dfen", None))
#if QT_CONFIG(accessibility)
        self.close_button.setAccessibleName(QCoreApplication.translate("StatisticsView", u"Statistik schlie\u00dfen", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

