/** Sign-in, sign-out, session cookies and CSRF checks for the web application. */
package uk.lacexplorer.web.account;
