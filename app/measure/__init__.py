"""Maintainers' measurements: a build's AOT lists read from its wheels (`catalog verify`).

It sits above the catalog and the inspector (app.smoke) because it uses both: the catalog
says which wheels to fetch, the inspector reads their device images.
"""
