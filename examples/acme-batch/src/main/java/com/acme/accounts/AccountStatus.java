package com.acme.accounts;

public enum AccountStatus { OPEN, SUSPENDED, CLOSED }
