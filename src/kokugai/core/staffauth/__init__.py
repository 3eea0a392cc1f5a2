"""Staff sign-in: password, second factor (TOTP, recovery codes, passkeys), sessions, throttle.

A Django app of its own (label ``staffauth``) in the ``core`` tier: it knows accounts, not
offices. What an office admin may do to a staff member's access is decided in
``kokugai.registry.staff_access``, which calls the services here.
"""
