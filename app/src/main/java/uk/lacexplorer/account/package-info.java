/**
 * Local accounts and roles, Argon2id password hashes, server-side sessions with CSRF tokens, login throttling and
 * the append-only audit log.
 */
package uk.lacexplorer.account;
