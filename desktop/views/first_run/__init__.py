"""The first-run wizard: ``wizard.FirstRunWizard`` (the window, its page order) and ``pages``
(one page per step). Its Qt-free state and checks are casework.first_run's.
"""
