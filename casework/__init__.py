"""The desktop's screens as plain state, without Qt: the case editor's form and the Submit
review. The Qt views bind widgets to these models; tests drive them without a window.
"""
