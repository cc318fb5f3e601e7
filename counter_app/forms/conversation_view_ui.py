# Generated from conversation_view.ui by tools/build_forms.py (pyside6-uic). Do not edit.

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QPlainTextEdit, QSplitter, QTabWidget, QTextBrowser, QTreeView, QVBoxLayout, QWidget)

class Ui_ConversationView(object):
    def setupUi(self, ConversationView):
        if not ConversationView.objectName():
            ConversationView.setObjectName(u"ConversationView")
        self.layout = QVBoxLayout(ConversationView)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel(ConversationView)
        self.header.setObjectName(u"header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.RichText)

        self.layout.addWidget(self.header)

        self.tabs = QTabWidget(ConversationView)
        self.tabs.setObjectName(u"tabs")
        self.checklist_tab = QWidget()
        self.checklist_tab.setObjectName(u"checklist_tab")
        self.checklist_layout = QVBoxLayout(self.checklist_tab)
        self.checklist_layout.setObjectName(u"checklist_layout")
        self.splitter = QSplitter(self.checklist_tab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.checklist = QTreeView(self.splitter)
        self.checklist.setObjectName(u"checklist")
        self.checklist.setAlternatingRowColors(True)
        self.checklist.setUniformRowHeights(True)
        self.checklist.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.splitter.addWidget(self.checklist)
        self.detail_panel = QWidget(self.splitter)
        self.detail_panel.setObjectName(u"detail_panel")
        self.detail_layout = QVBoxLayout(self.detail_panel)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail = QTextBrowser(self.detail_panel)
        self.detail.setObjectName(u"detail")
        self.detail.setOpenExternalLinks(False)

        self.detail_layout.addWidget(self.detail)

        self.note_label = QLabel(self.detail_panel)
        self.note_label.setObjectName(u"note_label")

        self.detail_layout.addWidget(self.note_label)

        self.note = QPlainTextEdit(self.detail_panel)
        self.note.setObjectName(u"note")
        self.note.setMaximumSize(QSize(16777215, 90))
        self.note.setTabChangesFocus(True)

        self.detail_layout.addWidget(self.note)

        self.detail_layout.setStretch(0, 1)
        self.splitter.addWidget(self.detail_panel)

        self.checklist_layout.addWidget(self.splitter)

        self.fees = QLabel(self.checklist_tab)
        self.fees.setObjectName(u"fees")
        self.fees.setTextFormat(Qt.RichText)
        self.fees.setWordWrap(True)

        self.checklist_layout.addWidget(self.fees)

        self.checklist_layout.setStretch(0, 1)
        self.tabs.addTab(self.checklist_tab, "")
        self.summary_tab = QWidget()
        self.summary_tab.setObjectName(u"summary_tab")
        self.summary_layout = QVBoxLayout(self.summary_tab)
        self.summary_layout.setObjectName(u"summary_layout")
        self.summary = QTextBrowser(self.summary_tab)
        self.summary.setObjectName(u"summary")

        self.summary_layout.addWidget(self.summary)

        self.tabs.addTab(self.summary_tab, "")

        self.layout.addWidget(self.tabs)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConversationView)
    # setupUi

    def retranslateUi(self, ConversationView):
#if QT_CONFIG(accessibility)
        ConversationView.setAccessibleName(QCoreApplication.translate("ConversationView", u"Gespr\u00e4ch", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.header.setAccessibleName(QCoreApplication.translate("ConversationView", u"Kundin/Kunde und Anliegen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.checklist.setAccessibleName(QCoreApplication.translate("ConversationView", u"Checkliste", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detail.setAccessibleName(QCoreApplication.translate("ConversationView", u"Einzelheiten zum Punkt", None))
#endif // QT_CONFIG(accessibility)
        self.note_label.setText(QCoreApplication.translate("ConversationView", u"&Notiz zum Punkt:", None))
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("ConversationView", u"Notiz zum Punkt", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fees.setAccessibleName(QCoreApplication.translate("ConversationView", u"Geb\u00fchren", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.checklist_tab), QCoreApplication.translate("ConversationView", u"&Checkliste", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("ConversationView", u"Zusammenfassung des Gespr\u00e4chs", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.summary_tab), QCoreApplication.translate("ConversationView", u"&Zusammenfassung", None))
    # retranslateUi

