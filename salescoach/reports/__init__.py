"""Qt-free presentation: the CLI's tables, the coach's use case and the charts' drawing.

The GUI, the command line and (later) the PDF report all draw from here, with the words
passed in by whoever speaks the rep's language, so a figure reads the same everywhere.
"""
