-- An account can be deleted (by its holder on 내 계정, or by an administrator on request). The row stays, since
-- comments, events and consent records point to it, but it is anonymised: the address becomes
-- erased-<id>@invalid, the name "(삭제됨)", the password a hash of random bytes. erased_at says when; NULL: a live
-- account. One script for H2 (MODE=MySQL) and MySQL/MariaDB.

ALTER TABLE app_user ADD COLUMN erased_at DATETIME(6);
