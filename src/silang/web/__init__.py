"""The web app and JSON API: ``silang serve`` runs ``silang.web.app.create_app(db)``."""
