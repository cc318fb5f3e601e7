# Generated from main_window.ui by tools/build_forms.py (pyside6-uic). Do not edit.

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMenuBar, QPushButton, QSplitter, QStackedWidget, QStatusBar, QTableView, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.central_layout = QHBoxLayout(self.central)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(6, 6, 6, 6)
        self.splitter = QSplitter(self.central)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.list_panel = QWidget(self.splitter)
        self.list_panel.setObjectName(u"list_panel")
        self.list_layout = QVBoxLayout(self.list_panel)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_title = QLabel(self.list_panel)
        self.list_title.setObjectName(u"list_title")

        self.list_layout.addWidget(self.list_title)

        self.search = QLineEdit(self.list_panel)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.list_layout.addWidget(self.search)

        self.status_filter = QComboBox(self.list_panel)
        self.status_filter.setObjectName(u"status_filter")

        self.list_layout.addWidget(self.status_filter)

        self.conversation_list = QTableView(self.list_panel)
        self.conversation_list.setObjectName(u"conversation_list")
        self.conversation_list.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.conversation_list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.conversation_list.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.conversation_list.setAlternatingRowColors(True)

        self.list_layout.addWidget(self.conversation_list)

        self.new_button = QPushButton(self.list_panel)
        self.new_button.setObjectName(u"new_button")

        self.list_layout.addWidget(self.new_button)

        self.list_layout.setStretch(3, 1)
        self.splitter.addWidget(self.list_panel)
        self.stack = QStackedWidget(self.splitter)
        self.stack.setObjectName(u"stack")
        self.welcome = QLabel()
        self.welcome.setObjectName(u"welcome")
        self.welcome.setAlignment(Qt.AlignCenter)
        self.welcome.setWordWrap(True)
        self.stack.addWidget(self.welcome)
        self.splitter.addWidget(self.stack)

        self.central_layout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Schalterassistent", None))
        self.list_title.setText(QCoreApplication.translate("MainWindow", u"<b>Gespr\u00e4che</b>", None))
        self.search.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Suche nach Name oder Aktenzeichen (Strg+F)", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("MainWindow", u"Gespr\u00e4che suchen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_filter.setAccessibleName(QCoreApplication.translate("MainWindow", u"Gespr\u00e4che filtern", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.conversation_list.setAccessibleName(QCoreApplication.translate("MainWindow", u"Liste der Gespr\u00e4che", None))
#endif // QT_CONFIG(accessibility)
        self.new_button.setText(QCoreApplication.translate("MainWindow", u"&Neues Gespr\u00e4ch (Strg+N)", None))
#if QT_CONFIG(accessibility)
        self.new_button.setAccessibleName(QCoreApplication.translate("MainWindow", u"Neues Gespr\u00e4ch beginnen", None))
#endif // QT_CONFIG(accessibility)
        self.welcome.setText(QCoreApplication.translate("MainWindow", u"W\u00e4hlen Sie links ein Gespr\u00e4ch zum Fortsetzen oder beginnen Sie mit Strg+N ein neues.", None))
    # retranslateUi

