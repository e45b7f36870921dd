"""Signed tokens for the links in newsletter emails.

Confirmation links expire; unsubscribe and preference links do not (a reader
may unsubscribe from an email years old) but name one subscriber and are
signed, so they cannot be guessed or altered.
"""

from django.core import signing

CONFIRM_SALT = "masthead.newsletter.confirm"
MANAGE_SALT = "masthead.newsletter.manage"
CONFIRM_MAX_AGE = 7 * 24 * 3600


class InvalidToken(Exception):
    pass


def confirm_token(subscriber) -> str:
    return signing.dumps([subscriber.pk, subscriber.email], salt=CONFIRM_SALT, compress=True)


def manage_token(subscriber_id: int) -> str:
    return signing.Signer(salt=MANAGE_SALT).sign(str(subscriber_id))


def subscriber_id_from_confirm_token(token: str) -> tuple[int, str]:
    try:
        subscriber_id, email = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.SignatureExpired as error:
        raise InvalidToken("This confirmation link has expired. Please sign up again.") from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise InvalidToken("This confirmation link is not valid.") from error
    return int(subscriber_id), str(email)


def subscriber_id_from_manage_token(token: str) -> int:
    try:
        return int(signing.Signer(salt=MANAGE_SALT).unsign(token))
    except (signing.BadSignature, ValueError) as error:
        raise InvalidToken("This link is not valid.") from error
