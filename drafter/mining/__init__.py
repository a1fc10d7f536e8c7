"""`drafter mine`: structural patterns mined from exemplar documents.

Modules, one responsibility each:

- ``clean``     repairs what page layout and web pages did to a text, and says what was done
- ``lines``     the work lines (条线) a document covers and where each line's passage is
- ``roles``     genre guess and the role of each section (review, tasks, …)
- ``analyse``   one document: read, clean, outline, roles, lines, slots -> ``Mined``
- ``slots``     what in the text is a fact (dates, figures, names, 《》 titles) and what is frame
- ``phrases``   formulaic phrasing across a corpus (jieba; imported here only, lazily)
- ``corpus``    mining a whole folder: streaming, on every core
- ``report``    the Chinese report and the JSON form
- ``labels``    scoring against hand labels (precision, recall, level and role accuracy)
- ``skeleton``  one exemplar -> a working template folder

The outline rules for plain documents live beside the shared outline reader
(``drafter/outline.py``, ``drafter/outline_plain.py``). Nothing here is
imported by ``drafter build``.
"""
