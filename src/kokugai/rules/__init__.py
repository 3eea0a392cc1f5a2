"""The law and practice of the overseas My Number card, as pure Python.

No Django here (a test enforces it): rules are effective-dated tables whose entries carry
their source, evaluated "as of" a date, returning reason codes and the sources used.
"""
