"""The WSGI application (``kokugai serve`` runs it in gunicorn).

Refuses to load without the keys outside development (``kokugai.core.keys``), so a server
started any other way (``gunicorn kokugai.wsgi``) cannot run keyless either.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kokugai.settings")
application = get_wsgi_application()

from kokugai.core.keys import require_keys  # noqa: E402 - needs the settings loaded above

require_keys()
