"""``drafter serve``: a local page where a writer fills the facts in a form, sees the outline
and downloads the Word drafts.

    app.py       routes: pages and the JSON the page asks for (check, save, build, download)
    security.py  loopback only, per-run token, Host and Origin checks, paths kept in the folder
    form.py      the form made from the templates' JSON Schema; typing the form's values
    yamlrt.py    saving back into the writer's YAML with comments and order kept (ruamel.yaml)
    server.py    running it: a free port on 127.0.0.1, the printed address, Ctrl+C
    pages/, static/   Jinja2 pages, the stylesheet and plain JavaScript (no build step)

Flask and ruamel.yaml are imported only here, never on the build path.
"""
