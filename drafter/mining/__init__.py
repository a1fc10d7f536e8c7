"""`drafter mine`: structural patterns mined from exemplar documents.

Modules, one responsibility each:

- ``clean``     repairs what page layout and web pages did to a text, and says what was done
- ``furniture`` which lines are page furniture (breadcrumbs, source lines, footers, promotion,
                captions, 提纲 lists): a weighted classifier, its features and weights as data
- ``headline``  which line of the head is the title (first with title features), or none
- ``script``    traditional script converted to simplified (OpenCC) before mining
- ``lines``     the work lines (条线) a document covers and where each line's passage is
- ``roles``     genre guess and the role of each section (review, tasks, …)
- ``analyse``   one document: read, clean, outline, roles, lines, slots -> ``Mined``
- ``slots``     what in the text is a fact (dates, figures, names, 《》 titles) and what is frame
- ``recognise`` small named recognisers of units inside a paragraph (一是…二是, per-line blocks, cues)
- ``units``     the structural units of a document for `--format json` (kind, level, depth, role, offset)
- ``score``     scoring those units against hand labels in the shared corpus scheme
- ``vocabulary`` skeleton slots named in the shared facts vocabulary (讲话人.姓名, 地名 …)
- ``phrases``   formulaic phrasing across a corpus (jieba; imported here only, lazily)
- ``corpus``    mining a whole folder: streaming, on every core
- ``report``    the Chinese report and the JSON form
- ``labels``    scoring against hand labels (precision, recall, level and role accuracy)
- ``skeleton``  one exemplar -> a working template folder

The outline rules for plain documents live beside the shared outline reader
(``drafter/outline.py``, ``drafter/outline_plain.py``). Nothing here is
imported by ``drafter build``.
"""
